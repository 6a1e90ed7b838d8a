import { Flex, Segmented, Table, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RateKey } from '../../../shared/stats';
import { type BreakdownBy, type BreakdownItem, type Names, useBreakdown } from '../../modules/stats/api';
import { compareNullable, percentText } from '../../modules/stats/format';
import type { Period } from '../../modules/stats/period';
import { Panel } from '../../ui/page-frame';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { startOfDay } from '../../ui/time';
import { THREE_RATES } from './rate-cards';
import { RatesChart } from './rates-chart';

type Row = BreakdownItem & { rowKey: string; label: string };

type Props = {
  placeId: string | null;
  period: Period;
  names: Names;
  by: BreakdownBy;
  onBy: (by: BreakdownBy) => void;
  /** Drill down: show the figures of this child node. */
  onDrill: (placeId: string) => void;
};

/**
 * The rankings: every child node (or every unit the tickets are with now) as bars of the three rates and a
 * sortable table with the counts behind them. A child's name or bar drills down to it; its ticket count
 * opens the very tickets counted, in the ticket list.
 */
export function BreakdownPanel({ placeId, period, names, by, onBy, onDrill }: Props) {
  const { t } = useTranslation(['console', 'stats']);
  const query = useBreakdown(placeId, period, by);

  const rows = useMemo<Row[]>(
    () =>
      (query.data?.items ?? []).map((item) => ({
        ...item,
        rowKey: item.id ?? 'own',
        label:
          item.id === null
            ? by === 'child'
              ? t('stats:ownLevel', { name: item.name ?? '' })
              : t('stats:undispatched')
            : (item.name ?? item.id),
      })),
    [query.data, by, t],
  );
  const chartRows = useMemo(() => rows.map((r) => ({ name: r.label, rates: r.rates })), [rows]);
  const drillable = (row: Row) => by === 'child' && row.id !== null;
  const pick = (index: number) => {
    const row = rows[index];
    if (row?.id && drillable(row)) {
      onDrill(row.id);
    }
  };
  const seriesName = useMemo(() => (key: RateKey) => names.rate(key)?.name ?? key, [names]);

  return (
    <Panel>
      <Flex justify="space-between" align="center" gap={16} wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('stats:breakdown')}
        </Typography.Title>
        <Segmented<BreakdownBy>
          value={by}
          onChange={onBy}
          data-testid="breakdown-by"
          options={[
            { value: 'child', label: t('stats:byChild') },
            { value: 'unit', label: t('stats:byUnit') },
          ]}
        />
      </Flex>
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data ? (
        <LoadingState rows={6} />
      ) : rows.length === 0 ? (
        <EmptyState description={by === 'child' ? t('stats:noChildren') : t('stats:noUnits')} />
      ) : (
        <>
          <RatesChart rows={chartRows} seriesName={seriesName} onPick={by === 'child' ? pick : undefined} />
          <Table<Row>
            size="small"
            rowKey="rowKey"
            dataSource={rows}
            pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            data-testid="breakdown-table"
            style={{ marginTop: 16 }}
            scroll={{ x: 720 }}
            showSorterTooltip={false}
            columns={[
              {
                title: by === 'child' ? t('stats:childName') : t('stats:unitName'),
                dataIndex: 'label',
                width: 180,
                sorter: (a, b) => a.label.localeCompare(b.label, 'zh-CN'),
                render: (_: unknown, row: Row) =>
                  row.id && drillable(row) ? (
                    <Typography.Link onClick={() => onDrill(row.id as string)} data-testid="drill">
                      {row.label}
                    </Typography.Link>
                  ) : (
                    row.label
                  ),
              },
              {
                ...countColumn('submitted', names),
                render: (_: unknown, row: Row) =>
                  row.id && drillable(row) && row.counts.submitted > 0 ? (
                    <Link to={ticketListOf(row.id, period)}>{row.counts.submitted}</Link>
                  ) : (
                    row.counts.submitted
                  ),
              },
              ...THREE_RATES.map((key) => ({
                key,
                title: (
                  <HeaderName name={names.rate(key)?.name ?? key} definition={names.rate(key)?.definition} />
                ),
                align: 'right' as const,
                sorter: (a: Row, b: Row) => compareNullable(a.rates[key].value, b.rates[key].value),
                render: (_: unknown, row: Row) => {
                  const rate = row.rates[key];
                  return (
                    <Tooltip title={`${rate.numerator} / ${rate.denominator}`}>
                      <span>{percentText(rate.value)}</span>
                    </Tooltip>
                  );
                },
              })),
              countColumn('resolved', names),
              countColumn('closed', names),
              {
                ...countColumn('overdueOpen', names),
                render: (_: unknown, row: Row) => (
                  <Typography.Text type={row.counts.overdueOpen > 0 ? 'danger' : undefined}>
                    {row.counts.overdueOpen}
                  </Typography.Text>
                ),
              },
            ]}
          />
        </>
      )}
    </Panel>
  );
}

/** The office ticket list of a subtree's tickets submitted in the period: the tickets behind a count. */
function ticketListOf(placeId: string, period: Period): string {
  const params = new URLSearchParams({
    placeId,
    from: startOfDay(period.from),
    to: startOfDay(period.to),
  });
  return `/console/tickets?${params}`;
}

function countColumn(key: 'submitted' | 'resolved' | 'closed' | 'overdueOpen', names: Names) {
  const def = names.counter(key);
  return {
    key,
    title: <HeaderName name={def?.name ?? key} definition={def?.definition} />,
    align: 'right' as const,
    sorter: (a: Row, b: Row) => a.counts[key] - b.counts[key],
    render: (_: unknown, row: Row) => row.counts[key],
  };
}

/** A column header whose definition shows on hover: no icon, so the sortable headers stay narrow. */
function HeaderName({ name, definition }: { name: string; definition?: string }) {
  return (
    <Tooltip title={definition}>
      <span>{name}</span>
    </Tooltip>
  );
}
