import type { ErrorCode } from '../../../shared/errors';
import { AppError } from '../../platform/errors';
import { type Messages, registerMessages } from '../../platform/messages';

/**
 * What the Open311 endpoint says, in both languages: error descriptions (the spec's <description>), the
 * status notes shown when a public timeline event carries no note of its own, and the discovery texts.
 * Registered in the platform's one table as the module loads (its index.ts imports this file); the errors leave
 * through platform/problem.ts, translated there, and are rewritten into the GeoReport format on the way out.
 */
const TEXTS = {
  api_key_invalid: {
    'zh-CN': 'api_key 缺失、无效或已吊销',
    'en-US': 'api_key is missing, not valid or revoked',
  },
  jurisdiction_missing: {
    'zh-CN': '缺少 jurisdiction_id（行政区划代码）',
    'en-US': 'jurisdiction_id was not provided (a place code)',
  },
  jurisdiction_unknown: {
    'zh-CN': '找不到 jurisdiction_id「{value}」',
    'en-US': 'jurisdiction_id "{value}" was not found',
  },
  service_code_missing: { 'zh-CN': '缺少 service_code', 'en-US': 'service_code was not provided' },
  service_code_unknown: {
    'zh-CN': '找不到 service_code「{value}」',
    'en-US': 'service_code "{value}" was not found',
  },
  location_missing: {
    'zh-CN': '请提供 lat 和 long、address_string 或 address_id 之一',
    'en-US': 'Provide lat and long, address_string or address_id',
  },
  lat_long_invalid: {
    'zh-CN': 'lat 和 long 须同时提供，且为有效的 WGS84 坐标',
    'en-US': 'lat and long must come together and be valid WGS84 coordinates',
  },
  lat_long_outside: {
    'zh-CN': 'lat/long 不在「{jurisdiction}」的辖区范围内，请核对坐标或 jurisdiction_id',
    'en-US': 'lat/long lie outside "{jurisdiction}"; check the position or the jurisdiction_id',
  },
  address_id_unknown: {
    'zh-CN': 'address_id「{value}」不在该辖区内',
    'en-US': 'address_id "{value}" is not a place in this jurisdiction',
  },
  too_long: { 'zh-CN': '{field} 最多 {max} 个字符', 'en-US': '{field} is longer than {max} characters' },
  media_url_invalid: {
    'zh-CN': 'media_url 须为 http(s) 链接',
    'en-US': 'media_url must be an http(s) URL',
  },
  attribute_invalid: {
    'zh-CN': 'attribute[{code}] 的取值「{value}」无效',
    'en-US': 'attribute[{code}] does not accept "{value}"',
  },
  date_invalid: {
    'zh-CN': '{field} 须为带时区的 W3C 日期时间，如 2026-01-01T08:00:00+08:00',
    'en-US': '{field} must be a W3C datetime with a time zone, e.g. 2026-01-01T08:00:00+08:00',
  },
  date_range_invalid: {
    'zh-CN': 'start_date 须早于 end_date，且相隔不超过 {days} 天',
    'en-US': 'start_date must come before end_date, at most {days} days apart',
  },
  start_date_too_early: {
    'zh-CN': '只给 start_date 时查询到现在为止，不能超过 {days} 天；请同时给出 end_date',
    'en-US': 'With start_date alone the search runs to now, at most {days} days; give end_date as well',
  },
  status_invalid: {
    'zh-CN': 'status 只能是 open 或 closed',
    'en-US': 'status must be open or closed',
  },
  request_not_found: {
    'zh-CN': '找不到服务请求「{value}」',
    'en-US': 'service request "{value}" was not found',
  },
  token_not_found: { 'zh-CN': '找不到 token「{value}」', 'en-US': 'token "{value}" was not found' },
  path_not_found: { 'zh-CN': '没有这个 Open311 资源', 'en-US': 'No such Open311 resource' },
  // Status notes for public events without a note of their own.
  status_submit: { 'zh-CN': '已收到，等待受理', 'en-US': 'Received, waiting to be accepted' },
  status_accept: { 'zh-CN': '已受理', 'en-US': 'Accepted' },
  status_dispatch: { 'zh-CN': '已派单至{unit}', 'en-US': 'Dispatched to {unit}' },
  status_pool: { 'zh-CN': '等待志愿者认领', 'en-US': 'Open for volunteers to claim' },
  status_receive: { 'zh-CN': '承办单位已接单', 'en-US': 'Received by the responsible unit' },
  status_claim: { 'zh-CN': '已有志愿者认领', 'en-US': 'Claimed by a volunteer' },
  status_progress: { 'zh-CN': '正在办理', 'en-US': 'In progress' },
  status_resolve: { 'zh-CN': '已办结', 'en-US': 'Resolved' },
  status_rate: { 'zh-CN': '群众已评价', 'en-US': 'Rated by the resident' },
  status_close: { 'zh-CN': '已结案', 'en-US': 'Closed' },
  status_reject: { 'zh-CN': '不予受理', 'en-US': 'Not accepted' },
  status_merge: { 'zh-CN': '已与工单 {number} 合并办理', 'en-US': 'Merged into ticket {number}' },
  // POST answer and discovery.
  service_notice: {
    'zh-CN': '已收到，工单编号 {number}，办理时限 {due}',
    'en-US': 'Received as ticket {number}; to be handled by {due}',
  },
  contact: {
    'zh-CN': '连心平台系统管理员（办公端 → 系统管理）',
    'en-US': 'The Lianxin system administrator (office console → administration)',
  },
  key_service: {
    'zh-CN': 'api_key 由系统管理员签发：POST /api/open311/keys',
    'en-US': 'API keys are issued by the system administrator: POST /api/open311/keys',
  },
  attribute_is_public: {
    'zh-CN': '是否同意在公开页面展示此诉求（不显示姓名和电话）？',
    'en-US': 'May this request be shown on the public pages (without name or phone)?',
  },
  yes: { 'zh-CN': '同意', 'en-US': 'Yes' },
  no: { 'zh-CN': '不同意', 'en-US': 'No' },
} satisfies Messages;

export type Open311Text = keyof typeof TEXTS;

/** Texts the module writes itself (status notes, discovery), in the caller's language. */
export const say = registerMessages(TEXTS);

/** An error with one of this module's messages, translated at the problem+json edge. */
export function open311Error(
  code: ErrorCode,
  key: Open311Text,
  params: Record<string, string | number> = {},
) {
  return new AppError(code, key, [], params);
}
