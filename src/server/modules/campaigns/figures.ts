import { addDays, type CampaignFigures, type CampaignKind, daysBetween } from '../../../shared/campaigns';

/** What the figures need of a drive. */
export type FigureDrive = {
  kind: CampaignKind;
  target: number;
  /** down_to_zero: what remained when the drive began (null: the sum of each place's first tally). */
  baseline: number | null;
  startsOn: string;
  endsOn: string;
};
export type FigureTally = { placeId: string; day: string; count: number };

/**
 * The figures of a drive from its tallies, as of `today` (a calendar day in the installation's zone): the curve
 * from the first day to the last or today, the planned straight line, the best day and the share reached.
 *
 * count_up adds every tally. down_to_zero reads each tally as what remains at its place: a place's last tally
 * stands until its next, the drive's remainder is the sum over places, and until the first tally it is the
 * baseline. Pure, so the rules are pinned without a database (figures.test.ts).
 */
export function computeFigures(
  drive: FigureDrive,
  tallies: readonly FigureTally[],
  today: string,
): Omit<CampaignFigures, 'placeId'> {
  const sorted = [...tallies].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const totalDays = daysBetween(drive.startsOn, drive.endsOn) + 1;
  const lastDay = today < drive.endsOn ? today : drive.endsOn;
  const shownDays = Math.max(0, Math.min(totalDays, daysBetween(drive.startsOn, lastDay) + 1));
  const places = new Set(sorted.map((t) => t.placeId));
  const tallyDays = new Set(sorted.map((t) => t.day)).size;
  const byDay = new Map<string, FigureTally[]>();
  for (const t of sorted) {
    byDay.set(t.day, [...(byDay.get(t.day) ?? []), t]);
  }
  const baseline = drive.baseline ?? firstCounts(sorted);
  const start = drive.kind === 'count_up' ? 0 : baseline;
  const goal = drive.kind === 'count_up' ? drive.target : 0;

  const curve: CampaignFigures['curve'] = [];
  const latest = new Map<string, number>();
  let value = start;
  let best: { day: string; count: number } | null = null;
  for (let i = 0; i < shownDays; i++) {
    const day = addDays(drive.startsOn, i);
    const those = byDay.get(day) ?? [];
    let next = value;
    if (drive.kind === 'count_up') {
      next = value + those.reduce((sum, t) => sum + t.count, 0);
    } else if (those.length > 0 || latest.size > 0) {
      for (const t of those) {
        latest.set(t.placeId, t.count);
      }
      next = [...latest.values()].reduce((sum, n) => sum + n, 0);
    }
    const daily = drive.kind === 'count_up' ? next - value : value - next;
    if (daily > 0 && (!best || daily > best.count)) {
      best = { day, count: daily };
    }
    value = next;
    const planned = start + ((goal - start) * (i + 1)) / totalDays;
    curve.push({ day, daily, value, planned: Math.round(planned * 10) / 10 });
  }
  // Tallies after the shown range cannot exist (a tally is never after today nor after the end); a drive not yet
  // begun shows its start.
  return {
    value,
    share: shareOf(drive.kind, value, drive.target, baseline),
    bestDay: best,
    tallyDays,
    places: places.size,
    curve,
  };
}

function firstCounts(sorted: readonly FigureTally[]): number {
  const first = new Map<string, number>();
  for (const t of sorted) {
    if (!first.has(t.placeId)) {
      first.set(t.placeId, t.count);
    }
  }
  return [...first.values()].reduce((sum, n) => sum + n, 0);
}

/** count_up: done ÷ target. down_to_zero: removed ÷ baseline (a drive that began at zero is done). */
export function shareOf(kind: CampaignKind, value: number, target: number, baseline: number): number | null {
  if (kind === 'count_up') {
    return target > 0 ? value / target : null;
  }
  if (baseline <= 0) {
    return value === 0 ? 1 : null;
  }
  return Math.max(0, Math.min(1, (baseline - value) / baseline));
}
