import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { curvePoints, type Milestone, type ProjectReport } from '../../../shared/projects';

echarts.use([LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

const dayOf = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

/**
 * 序时进度 against 实际进度: the planned curve through the milestones (the shared rule's corners, so the chart and
 * the server draw the same line) and the reports as a step line — each report holds until the next.
 */
export function ProgressCurve({
  startDate,
  endDate,
  milestones,
  reports,
  asOf,
}: {
  startDate: string;
  endDate: string;
  milestones: Milestone[];
  reports: ProjectReport[];
  asOf: string;
}) {
  const { t } = useTranslation('projects');
  const option = useMemo(() => {
    const planned = [
      [startDate, 0],
      ...curvePoints(startDate, endDate, milestones).map((p) => [
        dayOf(p.day),
        Math.round(p.value * 10) / 10,
      ]),
    ];
    const actual = [[startDate, 0], ...reports.map((r) => [r.reportedOn, r.progress])];
    return {
      animation: false,
      color: ['#3B6FB6', '#C8102E'],
      legend: { top: 0, data: [t('planned'), t('actual')] },
      grid: { top: 36, left: 8, right: 24, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` },
      xAxis: { type: 'time', min: startDate, max: endDate > asOf ? endDate : asOf },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        { type: 'line', name: t('planned'), data: planned, symbolSize: 6, lineStyle: { type: 'dashed' } },
        {
          type: 'line',
          name: t('actual'),
          data: actual,
          step: 'end',
          symbolSize: 7,
          markLine: {
            symbol: 'none',
            label: { formatter: asOf },
            lineStyle: { color: '#999' },
            data: [{ xAxis: asOf }],
          },
        },
      ],
    };
  }, [startDate, endDate, milestones, reports, asOf, t]);
  return <ReactEChartsCore echarts={echarts} option={option} style={{ height: 300 }} notMerge />;
}
