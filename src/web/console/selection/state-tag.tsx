import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoundState } from '../../../shared/selection-workflow';

const COLORS: Record<RoundState, string> = {
  collecting: 'blue',
  screening: 'gold',
  voting: 'volcano',
  decided: 'green',
};

/** A round's stage, in words (never colour alone). */
export function RoundStateTag({ state }: { state: RoundState }) {
  const { t } = useTranslation('selection');
  return <Tag color={COLORS[state]}>{t(`states.${state}`)}</Tag>;
}
