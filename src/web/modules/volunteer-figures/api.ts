import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { HonourRollCreate } from '../../../shared/volunteer-figures';
import { api, ok } from '../../api/client';
import { downloadFile } from '../../api/files';
import { domainKeys } from '../../api/keys';

/** Figures, reports and honour rolls share one domain: publishing changes the rolls the page lists. */
export const figureKeys = domainKeys('volunteer-figures');

/** A period as these APIs take it: both days included. */
export type DayRange = { from: string; to: string };

/** 志愿服务数据 of a subtree (placeId null: the caller's own node). */
export function useVolunteerFigures(placeId: string | null, range: DayRange) {
  return useQuery({
    queryKey: [...figureKeys.all, 'figures', placeId, range.from, range.to],
    queryFn: () =>
      ok(
        api.GET('/api/volunteer-figures', { params: { query: { placeId: placeId ?? undefined, ...range } } }),
      ),
    placeholderData: keepPreviousData,
  });
}

export const exportVolunteerFigures = (placeId: string | null, range: DayRange) =>
  downloadFile('/api/volunteer-figures/export.xlsx', { placeId, ...range }, 'volunteer-figures.xlsx');

/** 在职党员双报到月报 of a month (`YYYY-MM`). */
export function usePartyReport(placeId: string | null, month: string) {
  return useQuery({
    queryKey: [...figureKeys.all, 'party', placeId, month],
    queryFn: () =>
      ok(api.GET('/api/party-reports', { params: { query: { placeId: placeId ?? undefined, month } } })),
    placeholderData: keepPreviousData,
  });
}

export const exportPartyReport = (placeId: string | null, month: string) =>
  downloadFile('/api/party-reports/export.xlsx', { placeId, month }, 'party-report.xlsx');

/** The honour roll's candidates of a subtree and period. */
export function useHonourCandidates(placeId: string | null, range: DayRange) {
  return useQuery({
    queryKey: [...figureKeys.all, 'candidates', placeId, range.from, range.to],
    queryFn: () =>
      ok(
        api.GET('/api/honour-rolls/candidates', {
          params: { query: { placeId: placeId ?? undefined, ...range } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** The office's honour rolls, taken-down ones included. */
export function useHonourRolls(placeId: string | null) {
  return useQuery({
    queryKey: [...figureKeys.all, 'rolls', placeId],
    queryFn: () => ok(api.GET('/api/honour-rolls', { params: { query: { placeId: placeId ?? undefined } } })),
  });
}

export const publishHonourRoll = (body: HonourRollCreate) => ok(api.POST('/api/honour-rolls', { body }));
export const unpublishHonourRoll = (id: string) =>
  ok(api.POST('/api/honour-rolls/{id}/unpublish', { params: { path: { id } } }));
