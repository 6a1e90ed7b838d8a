import { App, Button, Flex, Input, List, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hoursOf } from '../../../shared/certificates';
import { TEXT_LIMITS } from '../../../shared/limits';
import type {
  HonourCandidate,
  HonourFigures,
  HonourKind,
  HonourRoll,
} from '../../../shared/volunteer-figures';
import { lastDayOf, type PeriodChoice, periodOf } from '../../modules/stats/period';
import {
  publishHonourRoll,
  unpublishHonourRoll,
  useHonourCandidates,
  useHonourRolls,
} from '../../modules/volunteer-figures/api';
import { errorText } from '../../ui/errors';
import { PageFrame, Panel } from '../../ui/page-frame';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { useSignedIn } from '../shell/gates';
import { PeriodPicker } from '../stats/period-picker';
import { PlaceField } from './place-field';

const FIGURES: Record<HonourKind, (keyof HonourFigures)[]> = {
  volunteer: ['confirmedMinutes', 'activitiesAttended', 'averageRating'],
  team: ['confirmedMinutes', 'ordersCompleted'],
  station: ['activitiesHeld', 'peopleServed'],
};
const GROUPS = [
  ['volunteer', 'volunteers'],
  ['team', 'teams'],
  ['station', 'stations'],
] as const;

/**
 * 荣誉榜: the records put candidates forward (volunteers by hours, activities and rating; teams by hours and
 * orders; stations by activities and people served); the office ticks some, names the roll and publishes it.
 * Published rolls are listed below, each can be taken down.
 */
export function HonourRollPage() {
  const { t } = useTranslation('volunteer-figures');
  const { message } = App.useApp();
  const me = useSignedIn();
  const [placeId, setPlaceId] = useState<string | null>(me.placeId);
  const [choice, setChoice] = useState<PeriodChoice>({ preset: 'lastMonth', period: periodOf('lastMonth') });
  const range = { from: choice.period.from, to: lastDayOf(choice.period) };
  const candidates = useHonourCandidates(placeId, range);
  const rolls = useHonourRolls(placeId);
  const [chosen, setChosen] = useState<Record<HonourKind, string[]>>({
    volunteer: [],
    team: [],
    station: [],
  });
  const [title, setTitle] = useState('');
  const [isPublishing, setPublishing] = useState(false);
  const count = chosen.volunteer.length + chosen.team.length + chosen.station.length;

  const publish = async () => {
    if (!placeId) {
      return;
    }
    setPublishing(true);
    try {
      const entries = GROUPS.flatMap(([kind]) => chosen[kind].map((id) => ({ kind, id })));
      await publishHonourRoll({ placeId, title, ...range, entries });
      void message.success(t('honour.published'));
      setChosen({ volunteer: [], team: [], station: [] });
      setTitle('');
      await rolls.refetch();
    } catch (error) {
      void message.error(errorText(error, t('honour.publishFailed')));
    } finally {
      setPublishing(false);
    }
  };
  const takeDown = async (id: string) => {
    try {
      await unpublishHonourRoll(id);
      await rolls.refetch();
    } catch (error) {
      void message.error(errorText(error, ''));
    }
  };
  const figureText = (key: keyof HonourFigures, v: number | null | undefined) =>
    v === null || v === undefined
      ? t('figures.none')
      : key === 'confirmedMinutes'
        ? `${hoursOf(v)} ${t('figures.hourUnit')}`
        : String(v);

  return (
    <PageFrame title={t('honour.title')} description={t('honour.description')}>
      <Panel>
        <Flex wrap gap={24} align="center">
          <PlaceField id="honour-place" value={placeId} onChange={(id) => setPlaceId(id ?? me.placeId)} />
          <Flex gap={8} align="center" wrap>
            <span style={{ whiteSpace: 'nowrap' }}>{t('figures.period')}</span>
            <PeriodPicker value={choice} onChange={setChoice} />
          </Flex>
        </Flex>
      </Panel>
      {candidates.error ? (
        <ErrorState error={candidates.error} onRetry={() => void candidates.refetch()} />
      ) : !candidates.data ? (
        <LoadingState rows={6} />
      ) : (
        <Panel title={t('honour.candidates')}>
          {GROUPS.map(([kind, list]) => (
            <div key={kind} style={{ marginBottom: 16 }}>
              <Typography.Title level={5}>{t(`honour.${list}`)}</Typography.Title>
              <Table<HonourCandidate>
                data-testid={`candidates-${kind}`}
                rowKey="id"
                size="small"
                pagination={false}
                locale={{ emptyText: t('honour.noCandidates') }}
                dataSource={candidates.data[list]}
                rowSelection={{
                  selectedRowKeys: chosen[kind],
                  onChange: (keys) => setChosen((c) => ({ ...c, [kind]: keys.map(String) })),
                }}
                columns={[
                  { key: 'rank', title: '#', width: 48, render: (_, __, i) => i + 1 },
                  { key: 'name', title: t('honour.name'), dataIndex: 'name' },
                  ...FIGURES[kind].map((key) => ({
                    key,
                    title: t(`names.${key}`),
                    align: 'right' as const,
                    width: 140,
                    render: (_: unknown, c: HonourCandidate) => figureText(key, c.figures[key]),
                  })),
                ]}
              />
            </div>
          ))}
          <Space wrap>
            <Input
              aria-label={t('honour.rollTitle')}
              placeholder={t('honour.rollTitlePlaceholder')}
              value={title}
              maxLength={TEXT_LIMITS.honourRollTitle.max}
              onChange={(e) => setTitle(e.target.value)}
              style={{ width: 360 }}
            />
            <Button
              type="primary"
              disabled={count === 0 || title.trim().length < TEXT_LIMITS.honourRollTitle.min}
              loading={isPublishing}
              onClick={() => void publish()}
            >
              {t('honour.publish', { n: count })}
            </Button>
          </Space>
        </Panel>
      )}
      <Panel title={t('honour.rolls')}>
        {rolls.data && rolls.data.items.length === 0 ? (
          <EmptyState description={t('honour.noRolls')} />
        ) : (
          <List<HonourRoll>
            data-testid="honour-rolls"
            loading={rolls.isLoading}
            dataSource={rolls.data?.items ?? []}
            renderItem={(roll) => (
              <List.Item
                actions={
                  roll.publishedAt
                    ? [
                        <Popconfirm
                          key="down"
                          title={t('honour.unpublishConfirm')}
                          onConfirm={() => void takeDown(roll.id)}
                        >
                          <Button size="small">{t('honour.unpublish')}</Button>
                        </Popconfirm>,
                      ]
                    : []
                }
              >
                <List.Item.Meta
                  title={
                    <Space>
                      {roll.title}
                      <Tag color={roll.publishedAt ? 'success' : 'default'}>
                        {roll.publishedAt ? t('honour.live') : t('honour.unpublished')}
                      </Tag>
                    </Space>
                  }
                  description={`${roll.placeName} · ${t('honour.period', { from: roll.from, to: roll.to })}`}
                />
                <Flex wrap gap={8} style={{ maxWidth: 640 }}>
                  {roll.entries.map((e) => (
                    <Tag key={`${e.kind}-${e.name}`}>
                      {t(`honour.kinds.${e.kind}`)} · {e.name}
                    </Tag>
                  ))}
                </Flex>
              </List.Item>
            )}
          />
        )}
      </Panel>
    </PageFrame>
  );
}
