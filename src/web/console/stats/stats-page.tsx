import { DownloadOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Col, Flex, Row, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rates } from '../../../shared/stats';
import { type BreakdownBy, exportRates, namesOf, useDefinitions, useRates } from '../../modules/stats/api';
import { lastDayOf, type PeriodChoice, urlOfPeriod } from '../../modules/stats/period';
import { PageFrame, Panel } from '../../ui/page-frame';
import { ErrorState, LoadingState } from '../../ui/states';
import { dayOf, formatTime } from '../../ui/time';
import { useAddressPeriod, useDownload } from '../common/use-address-period';
import { PlaceTreeSelect } from '../places/place-tree-select';
import { useSignedIn } from '../shell/gates';
import { BreakdownPanel } from './breakdown-panel';
import { CountsStrip, OutcomesPanel } from './counts-panel';
import { DefinedName } from './definition-tip';
import { IndicatorTable } from './indicator-table';
import { PeriodPicker } from './period-picker';
import { RateCards } from './rate-cards';

/**
 * 三率统计: the three rates and the other indicators of a subtree over a period, the counts by outcome, and
 * the rankings of child nodes or units. Every figure and definition comes from the stats API; nothing here
 * computes a rate. Place, period and ranking live in the address: a reload or a shared link shows the same
 * figures, and the browser's back button climbs out of a drill-down.
 */
export function StatsPage() {
  const { t } = useTranslation(['console', 'stats']);
  const me = useSignedIn();
  const { params, placeId, choice, update } = useAddressPeriod(me.placeId);
  const period = choice.period;
  const by: BreakdownBy = params.get('by') === 'unit' ? 'unit' : 'child';
  const download = useDownload(t('stats:exportFailed'));
  const rates = useRates(placeId, period);
  const definitions = useDefinitions();
  const names = useMemo(() => namesOf(definitions.data), [definitions.data]);
  const failed = rates.error ?? definitions.error;

  const goTo = (id: string | null) => update({ placeId: id === me.placeId ? null : id });

  return (
    <PageFrame
      title={t('stats:title')}
      description={t('stats:description')}
      extra={
        <Button
          icon={<DownloadOutlined />}
          loading={download.isBusy}
          onClick={() => void download.run(() => exportRates(placeId, period))}
        >
          {t('stats:export')}
        </Button>
      }
    >
      <Panel>
        <Flex wrap gap={24} align="center">
          <Flex gap={8} align="center">
            <label htmlFor="stats-place">{t('stats:place')}</label>
            <PlaceTreeSelect
              id="stats-place"
              value={placeId}
              allowClear={false}
              onChange={(id) => goTo(id ?? me.placeId)}
              style={{ width: 280 }}
            />
          </Flex>
          <Flex gap={8} align="center">
            <span>{t('stats:period')}</span>
            <PeriodPicker value={choice} onChange={(next: PeriodChoice) => update(urlOfPeriod(next))} />
          </Flex>
        </Flex>
        {rates.data && rates.data.trail.length > 0 ? (
          <Breadcrumb
            data-testid="stats-trail"
            style={{ marginTop: 12 }}
            items={[
              ...rates.data.trail.map((node) => ({
                key: node.id,
                title: (
                  <Typography.Link onClick={() => goTo(node.id)} data-place-id={node.id}>
                    {node.name}
                  </Typography.Link>
                ),
              })),
              { key: 'here', title: rates.data.placeName },
            ]}
          />
        ) : null}
        {rates.data ? (
          <PeriodLine
            figures={rates.data}
            isFetching={rates.isFetching}
            population={definitions.data?.population}
          />
        ) : null}
      </Panel>
      {failed ? (
        <ErrorState
          error={failed}
          onRetry={() => {
            void rates.refetch();
            void definitions.refetch();
          }}
        />
      ) : !rates.data || !definitions.data ? (
        <LoadingState rows={8} />
      ) : (
        <>
          <RateCards rates={rates.data.rates} names={names} />
          <Panel title={t('stats:counts')}>
            <CountsStrip figures={rates.data} names={names} />
          </Panel>
          <Row gutter={16}>
            <Col xs={24} xxl={14}>
              <Panel title={t('stats:indicators')}>
                <IndicatorTable figures={rates.data} names={names} />
              </Panel>
            </Col>
            <Col xs={24} xxl={10}>
              <Panel title={t('stats:finished')}>
                <OutcomesPanel figures={rates.data} />
              </Panel>
            </Col>
          </Row>
          <BreakdownPanel
            placeId={placeId}
            period={period}
            names={names}
            by={by}
            onBy={(next) => update({ by: next === 'child' ? null : next })}
            onDrill={goTo}
          />
        </>
      )}
    </PageFrame>
  );
}

/** Which place and days the figures on screen are for, and when they were taken. */
function PeriodLine({
  figures,
  isFetching,
  population,
}: {
  figures: Rates;
  isFetching: boolean;
  population?: string;
}) {
  const { t } = useTranslation(['console', 'stats']);
  const from = dayOf(figures.from);
  const to = dayOf(figures.to);
  return (
    <Flex gap={8} align="center" wrap style={{ marginTop: 12 }}>
      <Typography.Text type="secondary" data-testid="period-line" data-period={`${from}/${to}`}>
        {t('stats:periodLine', {
          place: figures.placeName ?? t('wholeTree'),
          from,
          last: lastDayOf({ from, to }),
          asOf: formatTime(figures.asOf),
        })}
      </Typography.Text>
      <Typography.Text type="secondary">
        <DefinedName name={t('stats:population')} definition={population} />
      </Typography.Text>
      {isFetching ? <Spin size="small" /> : null}
    </Flex>
  );
}
