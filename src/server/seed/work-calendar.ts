// The official holiday schedules (国务院办公厅关于部分节假日安排的通知) for the years we could source: days off
// (including weekend days folded into a holiday) and make-up workdays (调休上班). Admins import later years
// (`PUT /api/work-calendar/{year}`); a deadline that runs past the last known year is counted on the plain week
// and the calendar reports the gap.

type Holiday = { name: string; off: [string, string]; workdays?: string[] };

const SCHEDULES: Record<number, Holiday[]> = {
  // 国办发明电〔2023〕7号
  2024: [
    { name: '元旦', off: ['2024-01-01', '2024-01-01'] },
    { name: '春节', off: ['2024-02-10', '2024-02-17'], workdays: ['2024-02-04', '2024-02-18'] },
    { name: '清明节', off: ['2024-04-04', '2024-04-06'], workdays: ['2024-04-07'] },
    { name: '劳动节', off: ['2024-05-01', '2024-05-05'], workdays: ['2024-04-28', '2024-05-11'] },
    { name: '端午节', off: ['2024-06-10', '2024-06-10'] },
    { name: '中秋节', off: ['2024-09-15', '2024-09-17'], workdays: ['2024-09-14'] },
    { name: '国庆节', off: ['2024-10-01', '2024-10-07'], workdays: ['2024-09-29', '2024-10-12'] },
  ],
  // 国办发明电〔2024〕12号
  2025: [
    { name: '元旦', off: ['2025-01-01', '2025-01-01'] },
    { name: '春节', off: ['2025-01-28', '2025-02-04'], workdays: ['2025-01-26', '2025-02-08'] },
    { name: '清明节', off: ['2025-04-04', '2025-04-06'] },
    { name: '劳动节', off: ['2025-05-01', '2025-05-05'], workdays: ['2025-04-27'] },
    { name: '端午节', off: ['2025-05-31', '2025-06-02'] },
    { name: '国庆节、中秋节', off: ['2025-10-01', '2025-10-08'], workdays: ['2025-09-28', '2025-10-11'] },
  ],
  // 国办发明电〔2025〕7号
  2026: [
    { name: '元旦', off: ['2026-01-01', '2026-01-03'], workdays: ['2026-01-04'] },
    { name: '春节', off: ['2026-02-15', '2026-02-23'], workdays: ['2026-02-14', '2026-02-28'] },
    { name: '清明节', off: ['2026-04-04', '2026-04-06'] },
    { name: '劳动节', off: ['2026-05-01', '2026-05-05'], workdays: ['2026-05-09'] },
    { name: '端午节', off: ['2026-06-19', '2026-06-21'] },
    { name: '中秋节', off: ['2026-09-25', '2026-09-27'] },
    { name: '国庆节', off: ['2026-10-01', '2026-10-07'], workdays: ['2026-09-20', '2026-10-10'] },
  ],
};

function daysBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

/** One row per exceptional day: holidays off, make-up days on. */
export function scheduleRows(holidays: Holiday[]): { day: string; isWorkday: boolean; name: string }[] {
  return holidays.flatMap((h) => [
    ...daysBetween(h.off[0], h.off[1]).map((day) => ({ day, isWorkday: false, name: h.name })),
    ...(h.workdays ?? []).map((day) => ({ day, isWorkday: true, name: `${h.name}调休上班` })),
  ]);
}

export const OFFICIAL_CALENDAR = Object.values(SCHEDULES).flatMap(scheduleRows);
