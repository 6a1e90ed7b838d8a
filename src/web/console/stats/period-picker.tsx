import { DatePicker, Flex, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  customRange,
  lastDayOf,
  PERIOD_PRESETS,
  type PeriodChoice,
  type PeriodPreset,
  periodOf,
} from '../../modules/stats/period';
import { pickerDay } from '../../ui/time';

type Props = { value: PeriodChoice; onChange: (choice: PeriodChoice) => void };

/**
 * 本月 (default) / 上月 / 本年 / 自定义. Choosing 自定义 keeps the days on screen and opens them in the range
 * picker, so the figures never jump before new days are picked.
 */
export function PeriodPicker({ value, onChange }: Props) {
  const { t } = useTranslation(['console', 'stats']);
  const choose = (preset: PeriodPreset) =>
    onChange({ preset, period: preset === 'custom' ? value.period : periodOf(preset) });

  return (
    <Flex gap={8} wrap align="center">
      <Segmented<PeriodPreset>
        value={value.preset}
        onChange={choose}
        data-testid="period-preset"
        options={PERIOD_PRESETS.map((p) => ({ value: p, label: t(`stats:presets.${p}`) }))}
      />
      {value.preset === 'custom' ? (
        <DatePicker.RangePicker
          value={[pickerDay(value.period.from), pickerDay(lastDayOf(value.period))]}
          allowClear={false}
          aria-label={t('stats:customRange')}
          onChange={(days) => {
            const [first, last] = days ?? [];
            if (first && last) {
              onChange({ preset: 'custom', period: customRange(first, last) });
            }
          }}
        />
      ) : null}
    </Flex>
  );
}
