import type { CampaignKind } from '../../../shared/campaigns';
import { api, type JsonBody, ok } from '../../api/client';
import { downloadFile } from '../../api/files';
import { domainKeys } from '../../api/keys';
import type { paths } from '../../api/schema';

type CampaignQuery = NonNullable<paths['/api/campaigns']['get']['parameters']['query']>;
export type CampaignFilters = Omit<CampaignQuery, 'limit' | 'cursor'>;
export type CampaignBody = JsonBody<'/api/campaigns', 'post'>;
export type CampaignPatchBody = JsonBody<'/api/campaigns/{id}', 'patch'>;
export type TallyBody = JsonBody<'/api/campaigns/{id}/tallies', 'post'>;

export const campaignKeys = {
  ...domainKeys('campaigns'),
  tallies: (id: string) => ['campaigns', 'tallies', id] as const,
};

export const listCampaigns = (query: CampaignQuery) => ok(api.GET('/api/campaigns', { params: { query } }));

export const getCampaign = (id: string, placeId?: string) =>
  ok(api.GET('/api/campaigns/{id}', { params: { path: { id }, query: placeId ? { placeId } : {} } }));

export const createCampaign = (body: CampaignBody) => ok(api.POST('/api/campaigns', { body }));

export const patchCampaign = (id: string, body: CampaignPatchBody) =>
  ok(api.PATCH('/api/campaigns/{id}', { params: { path: { id } }, body }));

export const listTallies = (id: string) =>
  ok(api.GET('/api/campaigns/{id}/tallies', { params: { path: { id }, query: {} } }));

export const enterTally = (id: string, body: TallyBody) =>
  ok(api.POST('/api/campaigns/{id}/tallies', { params: { path: { id } }, body }));

export const exportCampaign = (id: string) =>
  downloadFile(`/api/campaigns/${encodeURIComponent(id)}/export`, {}, 'campaign.xlsx');

/** A share of the target as a whole percent with one decimal, or — when there is none. */
export function shareText(share: number | null | undefined): string {
  return share === null || share === undefined ? '—' : `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

/** The words of each kind in the campaigns namespace (a key may not end in _zero: i18next reads it as a plural). */
export const KIND_KEYS = {
  count_up: 'kinds.countUp',
  down_to_zero: 'kinds.downToZero',
} as const satisfies Record<CampaignKind, string>;
