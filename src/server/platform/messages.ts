/**
 * The one message mechanism of the server: every text the API speaks is a key with its zh-CN and en-US words,
 * held by the code that owns it (the platform's here, each module's in its own messages.ts) and registered in
 * one table through {@link registerMessages}. Services throw keys; the problem+json edge (platform/problem.ts)
 * translates them by Accept-Language. Field messages of zod's own checks are worded in field-messages.ts.
 */
export type Locale = 'zh-CN' | 'en-US';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];

/** A table of messages: key → its words in every locale; `{name}` placeholders are filled from params. */
export type Messages = Record<string, Record<Locale, string>>;
type Params = Record<string, string | number>;

const REGISTERED = new Map<string, Record<Locale, string>>();

/**
 * Adds a table to the registry and answers a translator for its own keys (typed, for texts a module writes
 * itself: sheets, documents). A key registered twice is a mistake that would make one of them say the other's
 * words, so it throws as the module loads.
 */
export function registerMessages<K extends string>(
  table: Record<K, Record<Locale, string>>,
): (key: K, locale: Locale, params?: Params) => string {
  for (const [key, words] of Object.entries<Record<Locale, string>>(table)) {
    const taken = REGISTERED.get(key);
    if (taken && taken !== words) {
      throw new Error(`message key ${key} is registered twice`);
    }
    REGISTERED.set(key, words);
  }
  return (key, locale, params) => translate(key, locale, params);
}

/** Whether `text` is a registered key (a schema may name one as its message) rather than words. */
export function isMessageKey(text: string): boolean {
  return REGISTERED.has(text);
}

/** Every registered key with its words, for the test that each speaks both languages. */
export function registeredMessages(): ReadonlyMap<string, Record<Locale, string>> {
  return REGISTERED;
}

// The platform's own messages: error codes' defaults, sign-in and sessions, limits, field rules every module uses.
registerMessages({
  validation_failed: { 'zh-CN': '提交的内容有误，请检查标出的字段', 'en-US': 'Some fields are not valid' },
  unstorable_text: {
    'zh-CN': '“{field}”含有无法保存的字符（控制字符或残缺的文字编码），请删掉后再提交',
    'en-US':
      '{Field} contains a character that cannot be stored (a control character or a broken one); remove it and try again',
  },
  unsupported_media_type: {
    'zh-CN': '不支持这种内容格式，请以 {types} 提交',
    'en-US': 'This content type is not accepted; send {types}',
  },
  uri_too_long: { 'zh-CN': '请求的地址过长', 'en-US': 'The address of the request is too long' },
  bad_url: { 'zh-CN': '请求的地址无效', 'en-US': 'The address of the request is not valid' },
  malformed_json: { 'zh-CN': '请求内容不是有效的 JSON', 'en-US': 'The request body is not valid JSON' },
  unauthorized: { 'zh-CN': '请先登录', 'en-US': 'Please sign in' },
  session_expired: {
    'zh-CN': '登录已超时，请重新登录',
    'en-US': 'Your session has expired; please sign in again',
  },
  password_change_required: {
    'zh-CN': '请先修改密码',
    'en-US': 'You must change your password first',
  },
  totp_enrolment_required: {
    'zh-CN': '安全策略要求先绑定动态验证码',
    'en-US': 'The security policy requires you to set up a second factor first',
  },
  forbidden: { 'zh-CN': '您没有权限进行此操作', 'en-US': 'You are not allowed to do this' },
  out_of_scope: { 'zh-CN': '超出您的管辖范围', 'en-US': 'This is outside the area you serve' },
  not_found: { 'zh-CN': '找不到该资源', 'en-US': 'Not found' },
  conflict: { 'zh-CN': '与现有数据冲突', 'en-US': 'This conflicts with existing data' },
  payload_too_large: { 'zh-CN': '提交的内容过大', 'en-US': 'The request is too large' },
  rate_limited: { 'zh-CN': '操作太频繁，请稍后再试', 'en-US': 'Too many requests; please try again later' },
  rate_limited_wait: {
    'zh-CN': '操作太频繁，请 {minutes} 分钟后再试',
    'en-US': 'Too many requests; please try again in {minutes} min',
  },
  locked: { 'zh-CN': '账号已锁定', 'en-US': 'The account is locked' },
  cross_site_request: {
    'zh-CN': '这个请求来自其他网站，为了安全没有执行；请在连心的页面上操作',
    'en-US': 'This request came from another website and was not carried out; please use the Lianxin pages',
  },
  unavailable: {
    'zh-CN': '系统暂时连不上数据库，请稍等片刻再试，刚才的操作没有保存',
    'en-US':
      'The system cannot reach its database just now; nothing was saved — please try again in a moment',
  },
  internal: { 'zh-CN': '系统出错了，请稍后再试', 'en-US': 'Something went wrong; please try again later' },
  invalid_transition: {
    'zh-CN': '当前状态下不能进行此操作',
    'en-US': 'This action is not possible in the current state',
  },
  // Field rules beyond the schema
  password_too_short: { 'zh-CN': '密码至少 {min} 位', 'en-US': 'At least {min} characters' },
  password_classes: {
    'zh-CN': '密码须包含大写字母、小写字母、数字、符号中的至少 {classes} 类',
    'en-US': 'Use at least {classes} of: upper-case, lower-case, digits, symbols',
  },
  code_taken: { 'zh-CN': '编码“{code}”已被使用', 'en-US': 'The code “{code}” is already used' },
  sms_too_often: {
    'zh-CN': '验证码发送太频繁，请 {seconds} 秒后再试',
    'en-US': 'Please wait {seconds} seconds before asking for another code',
  },
  sms_phone_daily: {
    'zh-CN': '这个号码今天收到的验证码太多了，请明天再试',
    'en-US': 'This number has had too many codes today; please try again tomorrow',
  },
  sms_daily: {
    'zh-CN': '今天的短信验证码已经发完了，请明天再试，或联系所在社区',
    'en-US':
      'No more text-message codes can be sent today; please try tomorrow or contact your community office',
  },
  required: { 'zh-CN': '必填', 'en-US': 'Required' },
  unknown_value: { 'zh-CN': '无效的值“{value}”', 'en-US': 'Unknown value “{value}”' },
  duplicate_in_file: { 'zh-CN': '与第 {row} 行重复', 'en-US': 'Duplicates row {row}' },
  file_type: { 'zh-CN': '只接受 {types} 文件', 'en-US': 'Only {types} files are accepted' },
});

export function pickLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) {
    return 'zh-CN';
  }
  // The first language the caller lists that we speak; Chinese when none.
  for (const part of acceptLanguage.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (tag.startsWith('zh')) {
      return 'zh-CN';
    }
    if (tag.startsWith('en')) {
      return 'en-US';
    }
  }
  return 'zh-CN';
}

/** The message for `key` in `locale`, placeholders filled; unknown keys pass through as text. */
export function translate(key: string, locale: Locale, params: Params = {}): string {
  const template = REGISTERED.get(key)?.[locale] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
