import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Spin, Statistic, Table, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { hoursOf } from '../../../shared/certificates';
import {
  type FiguresReport,
  VOLUNTEER_FIGURE_KEYS,
  type VolunteerFigures,
} from '../../../shared/volunteer-figures';
import { lastDayOf, urlOfPeriod } from '../../modules/stats/period';
import { exportVolunteerFigures, useVolunteerFigures } from '../../modules/volunteer-figures/api';
import { PageFrame, Panel } from '../../ui/page-frame';
import { ErrorState, LoadingState } from '../../ui/states';
import { useAddressPeriod, useDownload } from '../common/use-address-period';
import { useSignedIn } from '../shell/gates';
import { PeriodPicker } from '../stats/period-picker';
import { PlaceField } from './place-field';

type FigureKey = keyof VolunteerFigures;
const HOURS: readonly FigureKey[] = ['confirmedMinutes', 'pendingMinutes'];
/** The headline figures, as the seeds quote them ("146 activities, nearly 4,000 people served"). */
const HEADLINE: readonly FigureKey[] = [
  'volunteers',
  'partyMembers',
  'confirmedMinutes',
  'activitiesHeld',
  'peopleServed',
  'ordersCompleted',
  'wishesCompleted',
  'averageRating',
];
const COLUMNS: readonly FigureKey[] = [...VOLUNTEER_FIGURE_KEYS, 'averageRating'];

/**
 * 志愿服务数据: the figures of a subtree over a period, with one row per child node and one per team; every
 * number comes from the API (docs/volunteer-figures.md). Place and period live in the address, as on 三率统计.
 */
export function VolunteerFiguresPage() {
  const { t } = useTranslation(['volunteer-figures', 'stats']);
  const me = useSignedIn();
  const { placeId, choice, update } = useAddressPeriod(me.placeId);
  const range = { from: choice.period.from, to: lastDayOf(choice.period) };
  const figures = useVolunteerFigures(placeId, range);
  const download = useDownload(t('figures.exportFailed'));

  return (
    <PageFrame
      title={t('figures.title')}
      description={t('figures.description')}
      extra={
        <Button
          icon={<DownloadOutlined />}
          loading={download.isBusy}
          onClick={() => void download.run(() => exportVolunteerFigures(placeId, range))}
        >
          {t('figures.export')}
        </Button>
      }
    >
      <Panel>
        <Flex wrap gap={24} align="center">
          <PlaceField
            id="figures-place"
            value={placeId}
            onChange={(id) => update({ placeId: id && id !== me.placeId ? id : null })}
          />
          <Flex gap={8} align="center" wrap>
            <span style={{ whiteSpace: 'nowrap' }}>{t('figures.period')}</span>
            <PeriodPicker value={choice} onChange={(next) => update(urlOfPeriod(next))} />
          </Flex>
          {figures.isFetching ? <Spin size="small" /> : null}
        </Flex>
        {figures.data ? (
          <Typography.Text
            type="secondary"
            style={{ display: 'block', marginTop: 12 }}
            data-testid="period-line"
          >
            {t('figures.periodLine', {
              place: figures.data.placeName ?? '',
              from: figures.data.from,
              to: figures.data.to,
            })}
          </Typography.Text>
        ) : null}
      </Panel>
      {figures.error ? (
        <ErrorState error={figures.error} onRetry={() => void figures.refetch()} />
      ) : !figures.data ? (
        <LoadingState rows={8} />
      ) : (
        <FiguresBody report={figures.data} />
      )}
    </PageFrame>
  );
}

function FiguresBody({ report }: { report: FiguresReport }) {
  const { t } = useTranslation('volunteer-figures');
  const value = (figures: VolunteerFigures, key: FigureKey) => {
    const v = figures[key];
    if (v === null) {
      return t('figures.none');
    }
    return HOURS.includes(key) ? hoursOf(v) : v;
  };
  const figureColumns = <T extends { figures: VolunteerFigures }>(): ColumnsType<T> =>
    COLUMNS.map((key) => ({
      key,
      title: t(`names.${key}`),
      align: 'right' as const,
      width: 104,
      render: (_: unknown, row: T) => value(row.figures, key),
      sorter: (a: T, b: T) => (a.figures[key] ?? -1) - (b.figures[key] ?? -1),
    }));
  const childRows = [...report.byChild, { id: 'total', name: t('figures.total'), figures: report.totals }];
  return (
    <>
      <Row gutter={[16, 16]} data-testid="figures-headline" style={{ marginBottom: 16 }}>
        {HEADLINE.map((key) => (
          <Col key={key} xs={12} md={6} xxl={3}>
            <Card size="small">
              <Statistic
                title={t(`names.${key}`)}
                value={value(report.totals, key)}
                suffix={HOURS.includes(key) ? t('figures.hourUnit') : undefined}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Panel>
        <Tabs
          items={[
            {
              key: 'child',
              label: t('figures.byChild'),
              children: (
                <Table
                  data-testid="figures-by-child"
                  rowKey="id"
                  size="small"
                  pagination={false}
                  scroll={{ x: 'max-content' }}
                  dataSource={childRows}
                  onRow={(row) => (row.id === 'total' ? { style: { fontWeight: 600 } } : {})}
                  columns={[
                    {
                      key: 'name',
                      title: t('figures.childName'),
                      dataIndex: 'name',
                      fixed: 'left',
                      width: 180,
                    },
                    ...figureColumns<(typeof childRows)[number]>(),
                  ]}
                />
              ),
            },
            {
              key: 'team',
              label: t('figures.byTeam'),
              children: (
                <Table
                  data-testid="figures-by-team"
                  rowKey="id"
                  size="small"
                  pagination={false}
                  scroll={{ x: 'max-content' }}
                  dataSource={report.byTeam}
                  columns={[
                    {
                      key: 'name',
                      title: t('figures.teamName'),
                      dataIndex: 'name',
                      fixed: 'left',
                      width: 220,
                    },
                    { key: 'place', title: t('figures.teamPlace'), dataIndex: 'placeName', width: 120 },
                    ...figureColumns<FiguresReport['byTeam'][number]>().filter((c) => c.key !== 'teams'),
                  ]}
                />
              ),
            },
          ]}
        />
      </Panel>
    </>
  );
}
