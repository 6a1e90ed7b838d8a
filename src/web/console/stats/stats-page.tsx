import { Col, Flex, Row, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rates } from '../../../shared/stats';
import { PageFrame, Panel } from '../../ui/page-frame';
import { ErrorState, LoadingState } from '../../ui/states';
import { PlaceTreeSelect } from '../places/place-tree-select';
import { useSignedIn } from '../shell/gates';
import { namesOf, useDefinitions, useRates } from './api';
import { BreakdownPanel } from './breakdown-panel';
import { CountsStrip, OutcomesPanel } from './counts-panel';
import { DefinedName } from './definition-tip';
import { IndicatorTable } from './indicator-table';
import { beijingDayOf, lastDayOf, type Period, periodOf } from './period';
import { PeriodPicker } from './period-picker';
import { RateCards } from './rate-cards';

/**
 * 三率统计: the three rates and the other indicators of a subtree over a period, the counts by outcome, and
 * the rankings of child nodes or units. Every figure and definition comes from the stats API; nothing here
 * computes a rate.
 */
export function StatsPage() {
  const { t } = useTranslation('console');
  const me = useSignedIn();
  const [placeId, setPlaceId] = useState<string | null>(me.placeId);
  const [period, setPeriod] = useState<Period>(() => periodOf('thisMonth'));
  const rates = useRates(placeId, period);
  const definitions = useDefinitions();
  const names = useMemo(() => namesOf(definitions.data), [definitions.data]);
  const failed = rates.error ?? definitions.error;

  return (
    <PageFrame title={t('stats.title')} description={t('stats.description')}>
      <Panel>
        <Flex wrap gap={24} align="center">
          <Flex gap={8} align="center">
            <label htmlFor="stats-place">{t('stats.place')}</label>
            <PlaceTreeSelect
              id="stats-place"
              value={placeId}
              allowClear={false}
              onChange={(id) => setPlaceId(id ?? me.placeId)}
              style={{ width: 280 }}
            />
          </Flex>
          <Flex gap={8} align="center">
            <span>{t('stats.period')}</span>
            <PeriodPicker onChange={setPeriod} />
          </Flex>
        </Flex>
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
          <Panel title={t('stats.counts')}>
            <CountsStrip figures={rates.data} names={names} />
          </Panel>
          <Row gutter={16}>
            <Col xs={24} xxl={14}>
              <Panel title={t('stats.indicators')}>
                <IndicatorTable figures={rates.data} names={names} />
              </Panel>
            </Col>
            <Col xs={24} xxl={10}>
              <Panel title={t('stats.finished')}>
                <OutcomesPanel figures={rates.data} />
              </Panel>
            </Col>
          </Row>
          <BreakdownPanel placeId={placeId} period={period} names={names} />
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
  const { t } = useTranslation('console');
  const from = beijingDayOf(figures.from);
  const to = beijingDayOf(figures.to);
  return (
    <Flex gap={8} align="center" wrap style={{ marginTop: 12 }}>
      <Typography.Text type="secondary" data-testid="period-line" data-period={`${from}/${to}`}>
        {t('stats.periodLine', {
          place: figures.placeName ?? t('wholeTree'),
          from,
          last: lastDayOf({ from, to }),
          asOf: dayjs(figures.asOf).format('YYYY-MM-DD HH:mm'),
        })}
      </Typography.Text>
      <Typography.Text type="secondary">
        <DefinedName name={t('stats.population')} definition={population} />
      </Typography.Text>
      {isFetching ? <Spin size="small" /> : null}
    </Flex>
  );
}
