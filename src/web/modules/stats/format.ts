/** A rate as the screens show it: one decimal and a percent sign; null (0 / 0, nothing to judge) is "—". */
export function percentText(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(1)}%`;
}

/** An average in hours, one decimal; null (no ticket to average) is "—". */
export function hoursText(value: number | null): string {
  return value === null ? '—' : value.toFixed(1);
}

/** Sorts nulls below every value, so "nothing to judge" never ranks above a real 0 %. */
export function compareNullable(a: number | null, b: number | null): number {
  return (a ?? -1) - (b ?? -1);
}
