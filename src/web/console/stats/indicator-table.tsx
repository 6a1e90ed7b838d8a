import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AverageKey, RateKey, Rates } from '../../../shared/stats';
import type { Names } from '../../modules/stats/api';
import { hoursText, percentText } from '../../modules/stats/format';
import { DefinedName } from './definition-tip';

/** The indicators beside the three rates (GB/T 30428.4 and the closing rates), then the averages. */
const OTHER_RATES: readonly RateKey[] = [
  'onTimeRate',
  'handledOnTimeRate',
  'reworkRate',
  'extensionRate',
  'accurateDispatchRate',
  'closureRate',
  'closedOnTimeRate',
];
const AVERAGES: readonly AverageKey[] = ['handlingHours', 'handlingWorkingHours', 'responseHours'];

type Row = { key: string; name: string; definition?: string; value: string; detail: string };

/** One row per indicator: its name (definition in a tooltip), the value, and what it was computed from. */
export function IndicatorTable({ figures, names }: { figures: Rates; names: Names }) {
  const { t } = useTranslation(['console', 'stats']);
  const rows: Row[] = [
    ...OTHER_RATES.map((key): Row => {
      const def = names.rate(key);
      const rate = figures.rates[key];
      return {
        key,
        name: def?.name ?? key,
        definition: def?.definition,
        value: percentText(rate.value),
        detail: def
          ? t('stats:fraction', {
              numeratorName: names.counter(def.numerator)?.name,
              numerator: rate.numerator,
              denominatorName: names.counter(def.denominator)?.name,
              denominator: rate.denominator,
            })
          : '',
      };
    }),
    ...AVERAGES.map((key): Row => {
      const def = names.average(key);
      const value = figures.averages[key];
      return {
        key,
        name: def?.name ?? key,
        definition: def?.definition,
        value: value === null ? hoursText(null) : t('stats:hours', { value: hoursText(value) }),
        detail: value === null ? t('stats:nothingToAverage') : '',
      };
    }),
  ];
  return (
    <Table<Row>
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={rows}
      data-testid="indicator-table"
      columns={[
        {
          title: t('stats:indicator'),
          dataIndex: 'name',
          width: 340,
          render: (_, row) => <DefinedName name={row.name} definition={row.definition} />,
        },
        {
          title: t('stats:value'),
          dataIndex: 'value',
          align: 'right',
          width: 120,
          render: (value: string) => <strong style={{ fontSize: 15 }}>{value}</strong>,
        },
        {
          title: t('stats:detail'),
          dataIndex: 'detail',
          render: (detail: string) => <span style={{ color: 'rgba(0,0,0,0.55)' }}>{detail}</span>,
        },
      ]}
    />
  );
}
