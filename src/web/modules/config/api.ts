import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CalendarDay, CalendarStatus, DeadlineRule } from '../../../shared/deadlines';
import type { Page } from '../../../shared/list';
import type { TicketKind, ZCategory } from '../../../shared/tickets';
import { ApiError, get } from '../../api/client';

type Category = z.infer<typeof ZCategory>;

/** A category with both of its names, for editing (the list answers in one language). */
export type EditableCategory = Omit<Category, 'name'> & {
  nameZh: string;
  nameEn: string;
  kinds: TicketKind[];
};

export type Open311Key = {
  id: string;
  name: string;
  channel: string;
  createdAt: string;
  revokedAt: string | null;
};
export type Open311KeyCreated = Open311Key & { key: string };

/** The taxonomy in one language; the list endpoint speaks the Accept-Language it is sent. */
async function categoriesIn(language: 'zh-CN' | 'en-US'): Promise<Category[]> {
  const res = await fetch('/api/categories', {
    credentials: 'same-origin',
    headers: { 'accept-language': language },
  });
  if (!res.ok) {
    throw new ApiError(await res.json());
  }
  return ((await res.json()) as Page<Category>).items;
}

/** The whole taxonomy with Chinese and English names, parents before their children. */
export function useEditableCategories() {
  return useQuery({
    queryKey: ['config', 'categories'],
    queryFn: async (): Promise<EditableCategory[]> => {
      const [zh, en] = await Promise.all([categoriesIn('zh-CN'), categoriesIn('en-US')]);
      const english = new Map(en.map((c) => [c.id, c.name]));
      return zh.map(({ name, ...c }) => ({ ...c, nameZh: name, nameEn: english.get(c.id) ?? name }));
    },
  });
}

export function useDeadlineRules() {
  return useQuery({
    queryKey: ['config', 'deadline-rules'],
    queryFn: async () => (await get<Page<DeadlineRule>>('/api/deadline-rules')).items,
  });
}

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: ['config', 'calendar', year],
    queryFn: async () => (await get<Page<CalendarDay>>('/api/work-calendar', { year })).items,
  });
}

export function useCalendarStatus() {
  return useQuery({
    queryKey: ['config', 'calendar-status'],
    queryFn: () => get<CalendarStatus>('/api/work-calendar/status'),
  });
}

export function useOpen311Keys() {
  return useQuery({
    queryKey: ['config', 'open311-keys'],
    queryFn: async () => (await get<Page<Open311Key>>('/api/open311/keys')).items,
  });
}

/** Refreshes every configuration list after a write (they are small). */
export function useRefreshConfig() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ['config'] });
    // The ticket pages keep the taxonomy too.
    void client.invalidateQueries({ queryKey: ['categories'] });
  };
}
