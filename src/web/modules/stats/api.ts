import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AverageKey, Breakdown, CounterKey, Definitions, RateKey } from '../../../shared/stats';
import { api, ok } from '../../api/client';
import { downloadFile } from '../../api/files';
import type { Period } from './period';

export type BreakdownBy = 'child' | 'unit';
export type BreakdownItem = Breakdown['items'][number];

export const statsKeys = {
  all: ['stats'] as const,
  rates: (placeId: string | null, period: Period) =>
    ['stats', 'rates', placeId, period.from, period.to] as const,
  breakdown: (by: BreakdownBy, placeId: string | null, period: Period) =>
    ['stats', 'breakdown', by, placeId, period.from, period.to] as const,
  definitions: (language: string) => ['stats', 'definitions', language] as const,
};

/** Figures for a subtree and period (GET /api/stats/rates); placeId null: the caller's own node. */
export function useRates(placeId: string | null, period: Period) {
  return useQuery({
    queryKey: statsKeys.rates(placeId, period),
    queryFn: () =>
      ok(api.GET('/api/stats/rates', { params: { query: { placeId: placeId ?? undefined, ...period } } })),
    placeholderData: keepPreviousData,
  });
}

/** The same figures per child node or per unit (GET /api/stats/rates/breakdown). */
export function useBreakdown(placeId: string | null, period: Period, by: BreakdownBy) {
  return useQuery({
    queryKey: statsKeys.breakdown(by, placeId, period),
    queryFn: () =>
      ok(
        api.GET('/api/stats/rates/breakdown', {
          params: { query: { by, placeId: placeId ?? undefined, ...period } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** The figures and both rankings as a workbook (GET /api/stats/rates/export.xlsx), saved by the browser. */
export const exportRates = (placeId: string | null, period: Period) =>
  downloadFile('/api/stats/rates/export.xlsx', { placeId, ...period }, 'rates.xlsx');

/** Every figure's name and definition in the page's language (GET /api/stats/definitions). */
export function useDefinitions() {
  // Subscribing to the language re-renders the page on a switch, and the key fetches the other language.
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useQuery({
    queryKey: statsKeys.definitions(language),
    queryFn: () => ok(api.GET('/api/stats/definitions')),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

type RateDefinition = Definitions['rates'][number];
type NamedDefinition = { name: string; definition: string };

/** Look-ups by key into the definitions (undefined while they load). */
export function namesOf(definitions: Definitions | undefined) {
  const rates = new Map<RateKey, RateDefinition>(definitions?.rates.map((r) => [r.key, r]));
  const counters = new Map<CounterKey, NamedDefinition>(definitions?.counters.map((c) => [c.key, c]));
  const averages = new Map<AverageKey, NamedDefinition>(definitions?.averages.map((a) => [a.key, a]));
  return {
    rate: (key: RateKey) => rates.get(key),
    counter: (key: CounterKey) => counters.get(key),
    average: (key: AverageKey) => averages.get(key),
  };
}
export type Names = ReturnType<typeof namesOf>;
