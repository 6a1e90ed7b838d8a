import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import type { RateKey } from '../../../shared/stats';
import { percentText } from '../../modules/stats/format';

// Only the parts this chart uses, so the stats chunk stays small (no full `echarts` import).
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** The three rates, one colour each: neutral hues, since red and green mean states in the console. */
const SERIES: readonly { key: RateKey; color: string }[] = [
  { key: 'responseRate', color: '#3B6FB6' },
  { key: 'resolutionRate', color: '#2F9E8F' },
  { key: 'satisfactionRate', color: '#D08A1C' },
];
const ROW_HEIGHT = 56;

export type ChartRow = { name: string; rates: Record<RateKey, { value: number | null }> };

type Props = {
  rows: ChartRow[];
  seriesName: (key: RateKey) => string;
  /** A click on a row's bars or name, by row index. */
  onPick?: ((index: number) => void) | undefined;
};

/** A horizontal bar per row and rate; a rate with nothing to judge draws no bar and reads "—". */
export function RatesChart({ rows, seriesName, onPick }: Props) {
  const canPick = onPick !== undefined;
  const option = useMemo(
    () => ({
      animation: false,
      color: SERIES.map((s) => s.color),
      legend: { top: 0, data: SERIES.map((s) => seriesName(s.key)) },
      grid: { top: 32, left: 8, right: 56, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params: { dataIndex: number }[]) => {
          const row = rows[params[0]?.dataIndex ?? 0];
          if (!row) {
            return '';
          }
          const lines = SERIES.map((s) => `${seriesName(s.key)}：${percentText(row.rates[s.key].value)}`);
          return [escapeHtml(row.name), ...lines].join('<br/>');
        },
      },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((r) => r.name),
        axisLabel: { width: 160, overflow: 'truncate' },
        triggerEvent: canPick,
      },
      series: SERIES.map((s) => ({
        type: 'bar',
        name: seriesName(s.key),
        barMaxWidth: 14,
        barGap: '20%',
        label: {
          show: true,
          position: 'right',
          fontSize: 11,
          formatter: (p: { value: number | string }) =>
            typeof p.value === 'number' ? `${p.value.toFixed(1)}%` : '—',
        },
        data: rows.map((r) => {
          const value = r.rates[s.key].value;
          return value === null ? '-' : Math.round(value * 1000) / 10;
        }),
      })),
    }),
    [rows, seriesName, canPick],
  );
  const events = useMemo(
    () =>
      onPick
        ? {
            click: (p: { dataIndex?: number; value?: unknown; componentType?: string }) => {
              // A bar knows its row; an axis label only its text.
              const index =
                p.componentType === 'yAxis' ? rows.findIndex((r) => r.name === p.value) : (p.dataIndex ?? -1);
              if (index >= 0) {
                onPick(index);
              }
            },
          }
        : undefined,
    [rows, onPick],
  );
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      {...(events ? { onEvents: events } : {})}
      opts={{ renderer: 'svg' }}
      style={{ height: Math.max(160, rows.length * ROW_HEIGHT + 56), width: '100%' }}
      data-testid="breakdown-chart"
    />
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}
