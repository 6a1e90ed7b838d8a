import type { TFunction } from 'i18next';
import { parsePeriod } from '../../../shared/bulletin-periods';

/** A period key in words: 2026年11月中旬 / 2nd ten days of 2026-11. */
export function periodText(t: TFunction<'bulletins'>, key: string): string {
  const p = parsePeriod(key);
  if (!p) {
    return key;
  }
  return t('periodValue', {
    year: p.year,
    month: String(p.month).padStart(2, '0'),
    part: t(`parts.${p.part}`),
  });
}
