import type { Ctx } from '../../platform/context';
import type { Locale } from '../../platform/messages';
import { open311Error, say } from './messages';
import { categoryName } from './presenter';
import { findServiceCategories } from './repo';

// What the endpoint offers: its discovery document, the services (the category taxonomy) and their definitions.

/**
 * The attributes every service takes (GET services/{code}): only the resident's consent to publication, which
 * decides whether the request shows in public GET answers (BRIEF §8: public display only with consent).
 */
function attributesFor(locale: Locale) {
  return [
    {
      variable: true,
      code: 'is_public',
      datatype: 'singlevaluelist' as const,
      required: false,
      datatype_description: null,
      order: 1,
      description: say('attribute_is_public', locale),
      values: [
        { key: 'yes', name: say('yes', locale) },
        { key: 'no', name: say('no', locale) },
      ],
    },
  ];
}

/** The category taxonomy as GeoReport services. */
export async function listServices(ctx: Ctx, locale: Locale) {
  const offered = await findServiceCategories(ctx.tx);
  return offered.map(({ leaf, parent }) => ({
    service_code: leaf.code,
    service_name: categoryName(leaf, locale),
    description: `${categoryName(parent, locale)} · ${categoryName(leaf, locale)}`,
    metadata: true,
    type: 'realtime' as const,
    keywords: [leaf.nameZh, leaf.nameEn, leaf.code].join(','),
    group: categoryName(parent, locale),
  }));
}

export async function findService(ctx: Ctx, code: string) {
  const offered = await findServiceCategories(ctx.tx);
  return offered.find((o) => o.leaf.code === code);
}

/** A service definition. Throws not_found for an unknown or inactive service_code. */
export async function getServiceDefinition(ctx: Ctx, code: string, locale: Locale) {
  if (!(await findService(ctx, code))) {
    throw open311Error('not_found', 'service_code_unknown', { value: code });
  }
  return { service_code: code, attributes: attributesFor(locale) };
}

/** The discovery document: where the endpoint is, what it speaks, whom to ask for a key. */
export function discovery(baseUrl: string, locale: Locale) {
  const changeset = '2026-03-01T00:00:00+08:00';
  return {
    changeset,
    contact: say('contact', locale),
    key_service: say('key_service', locale),
    endpoints: [
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: `${baseUrl}/open311/v2`,
        changeset,
        type: 'production' as const,
        formats: ['text/xml', 'application/json'],
      },
    ],
  };
}
