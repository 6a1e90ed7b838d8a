import { DatePicker, Flex, Segmented } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { customRange, PERIOD_PRESETS, type Period, type PeriodPreset, periodOf } from './period';

type Props = { onChange: (period: Period) => void };

/** 本月 (default) / 上月 / 本年 / 自定义: a custom range applies once both days are picked. */
export function PeriodPicker({ onChange }: Props) {
  const { t } = useTranslation('console');
  const [preset, setPreset] = useState<PeriodPreset>('thisMonth');
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);

  const choose = (next: PeriodPreset) => {
    setPreset(next);
    if (next !== 'custom') {
      onChange(periodOf(next));
    } else if (range) {
      onChange(customRange(range[0], range[1]));
    }
  };

  return (
    <Flex gap={8} wrap align="center">
      <Segmented<PeriodPreset>
        value={preset}
        onChange={choose}
        data-testid="period-preset"
        options={PERIOD_PRESETS.map((p) => ({ value: p, label: t(`stats.presets.${p}`) }))}
      />
      {preset === 'custom' ? (
        <DatePicker.RangePicker
          value={range}
          allowClear={false}
          aria-label={t('stats.customRange')}
          onChange={(days) => {
            const [first, last] = days ?? [];
            if (first && last) {
              setRange([first, last]);
              onChange(customRange(first, last));
            }
          }}
        />
      ) : null}
    </Flex>
  );
}
