import { z } from 'zod';
import { TEXT_LIMITS } from '../../../shared/limits';

// The GeoReport v2 wire format (http://wiki.open311.org/GeoReport_v2): field names are the spec's, snake_case.
// The JSON routes validate their answers against these; the XML routes write the same objects as elements.

export const ZService = z.object({
  service_code: z.string().describe('The category code, e.g. facility.light'),
  service_name: z.string(),
  description: z.string(),
  metadata: z.boolean().describe('true: GET services/{service_code} lists attributes'),
  type: z.enum(['realtime', 'batch', 'blackbox']).describe('realtime: POST answers with the id at once'),
  keywords: z.string().describe('Comma-separated'),
  group: z.string().describe('The parent category'),
});

export const ZAttribute = z.object({
  variable: z.boolean(),
  code: z.string(),
  datatype: z.enum(['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist']),
  required: z.boolean(),
  datatype_description: z.string().nullable(),
  order: z.number().int(),
  description: z.string(),
  values: z.array(z.object({ key: z.string(), name: z.string() })),
});

export const ZServiceDefinition = z.object({
  service_code: z.string(),
  attributes: z.array(ZAttribute),
});

export const ZRequestCreated = z.object({
  service_request_id: z.string().describe('The ticket id; follow it with GET requests/{id}'),
  service_notice: z.string().nullable().describe('The ticket number and its handling deadline'),
  account_id: z.string().nullable(),
});

export const ZServiceRequest = z.object({
  service_request_id: z.string(),
  status: z.enum(['open', 'closed']),
  status_notes: z.string().nullable().describe('From the latest public event of the timeline'),
  service_name: z.string().nullable(),
  service_code: z.string().nullable(),
  description: z
    .string()
    .nullable()
    .describe(
      'Phone and ID numbers in the text are masked. Null, like address, lat, long and media_url, when the ' +
        'resident did not agree to publication and the caller is not the key that filed it',
    ),
  agency_responsible: z.string().nullable().describe('The unit it was dispatched to, else the owner office'),
  service_notice: z.string().nullable(),
  requested_datetime: z.string(),
  updated_datetime: z.string(),
  expected_datetime: z.string().nullable().describe('The handling deadline'),
  address: z.string().nullable(),
  address_id: z.string().nullable().describe('The code of the place it is filed at'),
  zipcode: z.string().nullable(),
  lat: z.number().nullable(),
  long: z.number().nullable(),
  media_url: z.string().nullable(),
});
export type ServiceRequest = z.infer<typeof ZServiceRequest>;

/** The statuses FixMyStreet's servicerequestupdates extension understands. */
export const UPDATE_STATUSES = [
  'open',
  'investigating',
  'action_scheduled',
  'in_progress',
  'fixed',
  'closed',
  'duplicate',
  'no_further_action',
] as const;
export type UpdateStatus = (typeof UPDATE_STATUSES)[number];

export const ZRequestUpdate = z.object({
  update_id: z.string().describe('The timeline event id'),
  service_request_id: z.string(),
  status: z.enum(UPDATE_STATUSES),
  updated_datetime: z.string(),
  description: z.string().describe('The office note (numbers masked), else what happened'),
  media_url: z.string().nullable(),
});
export type RequestUpdate = z.infer<typeof ZRequestUpdate>;

export const ZUpdateQuery = z.object({
  jurisdiction_id: z.string().max(100).optional().describe('A place code'),
  api_key: z.string().max(200).optional().describe('Optional: also the updates of requests this key filed'),
  start_date: z.string().max(40).optional().describe('W3C datetime with time zone'),
  end_date: z.string().max(40).optional().describe('W3C datetime with time zone'),
});
export type UpdateQuery = z.infer<typeof ZUpdateQuery>;

export const ZTokenAnswer = z.object({ service_request_id: z.string(), token: z.string() });

export const ZDiscovery = z.object({
  changeset: z.string(),
  contact: z.string(),
  key_service: z.string(),
  endpoints: z.array(
    z.object({
      specification: z.string(),
      url: z.string(),
      changeset: z.string(),
      type: z.enum(['production', 'test']),
      formats: z.array(z.string()),
    }),
  ),
});

const text = z.string().max(4000).optional();

/**
 * POST requests (application/x-www-form-urlencoded). Everything optional at this level so that the spec's own
 * errors (403 for a missing api_key, 400 for a missing service_code) come from the service in order.
 */
export const ZRequestForm = z
  .object({
    api_key: text.describe('Required; issued by the system administrator'),
    jurisdiction_id: text.describe('Required: a place code (the district, street or community)'),
    service_code: text.describe('Required: from GET services'),
    lat: text.describe('WGS84 latitude; with long'),
    long: text.describe('WGS84 longitude; with lat'),
    address_string: text.describe('Free-text address'),
    address_id: text.describe('A place code below the jurisdiction (compound, grid, building)'),
    email: text.describe('Accepted, not stored'),
    device_id: text.describe('Accepted, not stored'),
    account_id: text.describe('Accepted, not stored'),
    first_name: text,
    last_name: text,
    phone: text.describe(
      'Stored encrypted, never shown by GET; a Chinese or international number, anything else is dropped',
    ),
    description: text,
    media_url: z
      .union([z.string().max(4000), z.array(z.string().max(4000)).max(9)])
      .optional()
      .describe('Stored as a link, the file not fetched; may be repeated'),
  })
  .catchall(z.union([z.string().max(4000), z.array(z.string().max(4000)).max(50)]))
  .describe('attribute[code]=value for the attributes of GET services/{service_code}');
export type RequestForm = z.infer<typeof ZRequestForm>;

export const ZRequestQuery = z.object({
  jurisdiction_id: z.string().max(100).optional().describe('A place code; required for the list'),
  api_key: z.string().max(200).optional().describe('Optional: also lists the requests this key filed'),
  service_request_id: z
    .string()
    .max(4000)
    .optional()
    .describe('Comma-separated; when given, other filters are ignored'),
  service_code: z.string().max(1000).optional().describe('Comma-separated'),
  start_date: z.string().max(40).optional().describe('W3C datetime with time zone'),
  end_date: z.string().max(40).optional().describe('W3C datetime with time zone'),
  status: z.string().max(40).optional().describe('open, closed or open,closed'),
});
export type RequestQuery = z.infer<typeof ZRequestQuery>;

export const ZJurisdictionQuery = z.object({
  jurisdiction_id: z.string().max(100).optional().describe('A place code'),
  api_key: z.string().max(200).optional(),
});

// Key management (/api/open311/keys).
export const ZOpen311Key = z.object({
  id: z.uuid(),
  name: z.string(),
  channel: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
export const ZOpen311KeyCreate = z.object({
  name: z
    .string()
    .trim()
    .min(TEXT_LIMITS.open311KeyName.min)
    .max(TEXT_LIMITS.open311KeyName.max)
    .describe('Who uses it, e.g. 12345 热线 or FixMyStreet'),
});
export const ZOpen311KeyCreated = ZOpen311Key.extend({
  key: z.string().describe('The plaintext key: shown this once, only its hash is kept'),
});
