import type { CalendarDay, CalendarImportResult } from '../../../shared/deadlines';
import { TEXT_LIMITS } from '../../../shared/limits';
import type { Ctx } from '../../platform/context';
import type { Locale } from '../../platform/messages';
import { type Column, collectErrors, type RawRow, readSheet, writeSheet } from '../exchange';
import { checkDays, listCalendar, writeYear } from './calendar';
import { say } from './messages';

// A year of the work calendar as one sheet (日期, 是否上班, 名称): exported, filled in from the State Council's
// notice, imported back all or nothing. The workbook helpers are the Excel exchange's (exchange/workbook.ts).

export const CALENDAR_SHEET_COLUMNS: readonly Column[] = [
  {
    code: 'date',
    header: '日期',
    isRequired: true,
    note: '2027-01-01；放假的每一天（含并入假期的周末）和每个调休上班日各占一行',
    width: 14,
  },
  {
    code: 'is_workday',
    header: '是否上班',
    isRequired: true,
    note: '否：放假；是：调休上班（只能是周六或周日）',
    width: 10,
  },
  {
    code: 'name',
    header: '名称',
    isRequired: true,
    note: '所属节日，如 春节、国庆节；最多 40 个字',
    width: 24,
  },
];

const FIELD_COLUMN = { day: 'date', isWorkday: 'is_workday', name: 'name' } as const;
const YES = new Set(['是', '上班', '班', '1', 'true', 'yes', 'y', 'workday']);
const NO = new Set(['否', '休息', '放假', '休', '0', 'false', 'no', 'n', 'holiday']);

export function sheetTitle(year: number): string {
  return `${year}年工作日历`;
}

/** 2027-1-1, 2027/01/01, 2027.1.1 or 2027年1月1日 → 2027-01-01; undefined when not a real day. */
export function parseDay(text: string): string | undefined {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!m) {
    return undefined;
  }
  const day = `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}`;
  const parsed = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day ? undefined : day;
}

/** The year's exceptional days as sheet rows (an empty year gives the template). */
export async function exportYear(ctx: Ctx, year: number): Promise<Buffer> {
  const { items } = await listCalendar(ctx, year);
  const rows = items.map((d, i) => ({
    row: i + 2,
    cells: { date: d.day, is_workday: d.isWorkday ? '是' : '否', name: d.name },
  }));
  return writeSheet({ title: sheetTitle(year), columns: CALENDAR_SHEET_COLUMNS }, rows);
}

/** Reads the upload. Throws validation_failed (not a workbook, columns missing, no rows, too many rows). */
export function readCalendarSheet(buffer: Buffer): Promise<RawRow[]> {
  return readSheet(buffer, CALENDAR_SHEET_COLUMNS);
}

/**
 * Replaces `year` with the sheet's rows, all or nothing: every row is checked first, and one bad cell fails
 * the import with an error per bad cell (`rows.<Excel row>.<column>`, validation_failed import_rows_failed).
 */
export async function importYear(
  ctx: Ctx,
  year: number,
  raw: readonly RawRow[],
  locale: Locale,
): Promise<CalendarImportResult> {
  const errors = collectErrors(locale, CALENDAR_SHEET_COLUMNS, raw);
  const parsed: { row: number; day: CalendarDay }[] = [];
  for (const { row, cells } of raw) {
    const text = {
      date: cells.date ?? '',
      is_workday: (cells.is_workday ?? '').toLowerCase(),
      name: cells.name ?? '',
    };
    for (const [column, value] of Object.entries(text)) {
      if (!value) {
        errors.add(row, column, 'required');
      }
    }
    const day = text.date ? parseDay(text.date) : undefined;
    if (text.date && !day) {
      errors.add(row, 'date', say('bad_date', locale));
    }
    const isWorkday = YES.has(text.is_workday) ? true : NO.has(text.is_workday) ? false : undefined;
    if (text.is_workday && isWorkday === undefined) {
      errors.add(row, 'is_workday', say('bad_workday', locale));
    }
    if (text.name.length > TEXT_LIMITS.holidayName.max) {
      errors.add(row, 'name', say('name_too_long', locale, { max: TEXT_LIMITS.holidayName.max }));
    }
    if (day && isWorkday !== undefined && text.name && text.name.length <= TEXT_LIMITS.holidayName.max) {
      parsed.push({ row, day: { day, isWorkday, name: text.name } });
    }
  }
  for (const issue of checkDays(
    parsed.map((p) => p.day),
    year,
    locale,
  )) {
    const row = parsed[issue.index]?.row ?? 0;
    const first = issue.duplicateOf === undefined ? undefined : parsed[issue.duplicateOf]?.row;
    if (first === undefined) {
      errors.add(row, FIELD_COLUMN[issue.field], issue.message);
    } else {
      errors.add(row, 'date', 'duplicate_in_file', { row: first });
    }
  }
  if (errors.count > 0) {
    throw errors.toError();
  }
  return writeYear(
    ctx,
    year,
    parsed.map((p) => p.day),
    'xlsx',
  );
}
