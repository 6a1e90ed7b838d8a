import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import type { CampaignDetail } from '../../../shared/campaigns';

// Only the parts this chart uses, so the chunk stays small (no full `echarts` import).
echarts.use([LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

type Props = {
  campaign: CampaignDetail;
  names: { value: string; planned: string; target: string };
};

/**
 * The drive day by day: done so far (or what remains) as a solid line, the straight-line planned pace dashed,
 * and the target as a marked line — neutral hues, since red and green mean states in the console.
 */
export function CampaignCurve({ campaign, names }: Props) {
  const option = useMemo(() => {
    const curve = campaign.figures.curve;
    return {
      animation: false,
      color: ['#3B6FB6', '#9AA5B1'],
      legend: { top: 0, data: [names.value, names.planned] },
      grid: { top: 36, left: 8, right: 24, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: curve.map((p) => p.day.slice(5)), boundaryGap: false },
      yAxis: { type: 'value', min: 0 },
      series: [
        {
          type: 'line',
          name: names.value,
          showSymbol: false,
          areaStyle: { opacity: 0.12 },
          data: curve.map((p) => p.value),
          ...(campaign.kind === 'count_up'
            ? {
                markLine: {
                  symbol: 'none',
                  label: { formatter: `${names.target} ${campaign.target.toLocaleString()}` },
                  lineStyle: { color: '#D08A1C' },
                  data: [{ yAxis: campaign.target }],
                },
              }
            : {}),
        },
        {
          type: 'line',
          name: names.planned,
          showSymbol: false,
          lineStyle: { type: 'dashed' },
          data: curve.map((p) => p.planned),
        },
      ],
    };
  }, [campaign, names]);
  return <ReactEChartsCore echarts={echarts} option={option} style={{ height: 320 }} notMerge />;
}
