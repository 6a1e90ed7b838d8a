/**
 * The minutes an attendance earns (issue 12 capabilities 5 and 6): from check-in to check-out, inside the
 * activity's own time (so never more than its length: coming early or leaving late earns nothing extra); and two
 * of one person's attendances that overlap never both earn — the one that starts first keeps its minutes, the
 * other earns none (BRIEF §4: "two of one volunteer's slots that overlap never both earn hours").
 * Pure: the service loads the rows, the hours ledger credits what this returns.
 */
export type Attendance = {
  /** The sign-up's id. */
  id: string;
  /** Who attended; attendances of people without an account are counted alone. */
  accountId: string | null;
  checkedInAt: Date | null;
  checkedOutAt: Date | null;
  startsAt: Date;
  endsAt: Date;
};

const MINUTE_MS = 60_000;

/** The part of the activity's time an attendance covers, or null when it covers none. */
export function earnedSpan(a: Attendance): { from: number; to: number } | null {
  if (!a.checkedInAt || !a.checkedOutAt) {
    return null;
  }
  const from = Math.max(a.checkedInAt.getTime(), a.startsAt.getTime());
  const to = Math.min(a.checkedOutAt.getTime(), a.endsAt.getTime());
  return to > from ? { from, to } : null;
}

/** Whole minutes each attendance earns, by sign-up id (every id given is in the answer). */
export function earnedMinutes(attendances: readonly Attendance[]): Map<string, number> {
  const result = new Map<string, number>();
  const spans = attendances
    .map((a) => ({ a, span: earnedSpan(a) }))
    .sort((x, y) => (x.span?.from ?? 0) - (y.span?.from ?? 0) || x.a.id.localeCompare(y.a.id));
  // Per person, the spans that already earn; a later span overlapping any of them earns nothing.
  const earning = new Map<string, { from: number; to: number }[]>();
  for (const { a, span } of spans) {
    if (!span) {
      result.set(a.id, 0);
      continue;
    }
    const key = a.accountId ?? `signup:${a.id}`;
    const kept = earning.get(key) ?? [];
    if (kept.some((k) => k.from < span.to && span.from < k.to)) {
      result.set(a.id, 0);
      continue;
    }
    kept.push(span);
    earning.set(key, kept);
    result.set(a.id, Math.floor((span.to - span.from) / MINUTE_MS));
  }
  return result;
}
