import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { TicketKind, ZCategory } from '../../../shared/tickets';
import { api, type JsonBody, multipart, ok } from '../../api/client';
import { downloadErrorWorkbook, downloadFile } from '../../api/files';
import { type WorkbookImport, workbookForm } from '../exchange/api';
import { ticketKeys } from '../tickets/api';

type Category = z.infer<typeof ZCategory>;

/** A category with both of its names, for editing (the list answers in one language). */
export type EditableCategory = Omit<Category, 'name'> & {
  nameZh: string;
  nameEn: string;
  kinds: TicketKind[];
};

export type Open311Key = NonNullable<ReturnType<typeof useOpen311Keys>['data']>[number];
export type Open311KeyCreated = Awaited<ReturnType<typeof createOpen311Key>>;

export const configKeys = {
  all: ['config'] as const,
  categories: () => ['config', 'categories'] as const,
  deadlineRules: () => ['config', 'deadline-rules'] as const,
  calendar: (year: number) => ['config', 'calendar', year] as const,
  calendarStatus: () => ['config', 'calendar-status'] as const,
  open311Keys: () => ['config', 'open311-keys'] as const,
};

/** The taxonomy in one language: the list endpoint speaks the Accept-Language it is sent. */
async function categoriesIn(language: 'zh-CN' | 'en-US') {
  return (await ok(api.GET('/api/categories', { headers: { 'accept-language': language } }))).items;
}

/** The whole taxonomy with Chinese and English names, parents before their children. */
export function useEditableCategories() {
  return useQuery({
    queryKey: configKeys.categories(),
    queryFn: async (): Promise<EditableCategory[]> => {
      const [zh, en] = await Promise.all([categoriesIn('zh-CN'), categoriesIn('en-US')]);
      const english = new Map(en.map((c) => [c.id, c.name]));
      return zh.map(({ name, ...c }) => ({ ...c, nameZh: name, nameEn: english.get(c.id) ?? name }));
    },
  });
}

export const createCategory = (body: JsonBody<'/api/categories', 'post'>) =>
  ok(api.POST('/api/categories', { body }));

export const updateCategory = (id: string, body: JsonBody<'/api/categories/{id}', 'put'>) =>
  ok(api.PUT('/api/categories/{id}', { params: { path: { id } }, body }));

export function useDeadlineRules() {
  return useQuery({
    queryKey: configKeys.deadlineRules(),
    queryFn: async () => (await ok(api.GET('/api/deadline-rules'))).items,
  });
}

export const createDeadlineRule = (body: JsonBody<'/api/deadline-rules', 'post'>) =>
  ok(api.POST('/api/deadline-rules', { body }));

export const updateDeadlineRule = (id: string, body: JsonBody<'/api/deadline-rules/{id}', 'put'>) =>
  ok(api.PUT('/api/deadline-rules/{id}', { params: { path: { id } }, body }));

export const deleteDeadlineRule = (id: string) =>
  ok(api.DELETE('/api/deadline-rules/{id}', { params: { path: { id } } }));

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: configKeys.calendar(year),
    queryFn: async () => (await ok(api.GET('/api/work-calendar', { params: { query: { year } } }))).items,
  });
}

export function useCalendarStatus() {
  return useQuery({
    queryKey: configKeys.calendarStatus(),
    queryFn: () => ok(api.GET('/api/work-calendar/status')),
  });
}

/** Sets one day's kind (workday or day off) and its holiday name. */
export const setCalendarDay = (day: string, body: JsonBody<'/api/work-calendar/days/{day}', 'put'>) =>
  ok(api.PUT('/api/work-calendar/days/{day}', { params: { path: { day } }, body }));

export const deleteCalendarDay = (day: string) =>
  ok(api.DELETE('/api/work-calendar/days/{day}', { params: { path: { day } } }));

/** Replaces a whole year's days. */
export const replaceCalendarYear = (year: number, body: JsonBody<'/api/work-calendar/{year}', 'put'>) =>
  ok(api.PUT('/api/work-calendar/{year}', { params: { path: { year } }, body }));

export const exportCalendarYear = (year: number) =>
  downloadFile(`/api/work-calendar/${year}/export`, undefined, `${year}.xlsx`);

/** A year from a workbook (日期, 是否上班, 名称): all or nothing. */
export function calendarImport(year: number): WorkbookImport {
  return {
    upload: (file) =>
      ok(
        api.POST('/api/work-calendar/{year}/import', {
          params: { path: { year } },
          ...multipart(workbookForm(file)),
        }),
      ),
    errorWorkbook: (file, fallbackName) =>
      downloadErrorWorkbook(`/api/work-calendar/${year}/import`, file, fallbackName),
  };
}

export function useOpen311Keys() {
  return useQuery({
    queryKey: configKeys.open311Keys(),
    queryFn: async () => (await ok(api.GET('/api/open311/keys'))).items,
  });
}

/** Issues a key; the answer is the only time its secret is shown. */
export const createOpen311Key = (body: JsonBody<'/api/open311/keys', 'post'>) =>
  ok(api.POST('/api/open311/keys', { body }));

export const revokeOpen311Key = (id: string) =>
  ok(api.DELETE('/api/open311/keys/{id}', { params: { path: { id } } }));

/** Refreshes every configuration list after a write (they are small). */
export function useRefreshConfig() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: configKeys.all });
    // The ticket pages keep the taxonomy too.
    void client.invalidateQueries({ queryKey: ticketKeys.categories() });
  };
}
