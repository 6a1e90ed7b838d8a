/**
 * Every message the API speaks, in both languages. Keys are stable; `{name}` placeholders are filled from the
 * error's params. Field messages from zod come from zod's own locales (platform/problem.ts).
 */
export type Locale = 'zh-CN' | 'en-US';

const MESSAGES: Record<string, Record<Locale, string>> = {
  validation_failed: { 'zh-CN': '提交的内容有误，请检查标出的字段', 'en-US': 'Some fields are not valid' },
  unstorable_text: {
    'zh-CN': '“{field}”含有无法保存的字符（控制字符或残缺的文字编码），请删掉后再提交',
    'en-US':
      '{field} contains a character that cannot be stored (a control character or a broken one); remove it and try again',
  },
  unsupported_media_type: {
    'zh-CN': '不支持这种内容格式，请以 {types} 提交',
    'en-US': 'This content type is not accepted; send {types}',
  },
  uri_too_long: { 'zh-CN': '请求的地址过长', 'en-US': 'The address of the request is too long' },
  bad_url: { 'zh-CN': '请求的地址无效', 'en-US': 'The address of the request is not valid' },
  image_unreadable: {
    'zh-CN': '这张图片已损坏或不完整，无法读取，请换一张',
    'en-US': 'This image is damaged or incomplete and cannot be read; try another one',
  },
  malformed_json: { 'zh-CN': '请求内容不是有效的 JSON', 'en-US': 'The request body is not valid JSON' },
  unauthorized: { 'zh-CN': '请先登录', 'en-US': 'Please sign in' },
  session_expired: {
    'zh-CN': '登录已超时，请重新登录',
    'en-US': 'Your session has expired; please sign in again',
  },
  bad_credentials: { 'zh-CN': '用户名或密码错误', 'en-US': 'Wrong username or password' },
  totp_required: {
    'zh-CN': '请输入动态验证码',
    'en-US': 'Enter the six-digit code from your authenticator app',
  },
  totp_invalid: { 'zh-CN': '动态验证码错误', 'en-US': 'The six-digit code is wrong' },
  account_locked: {
    'zh-CN': '登录失败次数过多，账号已锁定，请 {minutes} 分钟后再试',
    'en-US': 'Too many failed sign-ins; the account is locked for {minutes} minutes',
  },
  account_disabled: { 'zh-CN': '账号已停用', 'en-US': 'This account is disabled' },
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
  too_many_photos: { 'zh-CN': '每件最多 {max} 张照片', 'en-US': 'At most {max} photos per ticket' },
  ticket_not_found: {
    'zh-CN': '工单不存在或不在您的管辖范围内',
    'en-US': 'No such ticket in the area you serve',
  },
  not_found: { 'zh-CN': '找不到该资源', 'en-US': 'Not found' },
  account_not_found: {
    'zh-CN': '账号不存在或不在您的管辖范围内',
    'en-US': 'No such account in the area you serve',
  },
  station_not_found: {
    'zh-CN': '阵地不存在或不在您的管辖范围内',
    'en-US': 'No such station in the area you serve',
  },
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
  wechat_not_configured: {
    'zh-CN': '本系统尚未接入微信公众号，暂不能绑定微信',
    'en-US': 'WeChat is not set up on this system, so it cannot be bound',
  },
  wechat_taken: {
    'zh-CN': '该微信已绑定其他账号，请先在那个账号上解绑',
    'en-US': 'This WeChat is bound to another account; unbind it there first',
  },
  extension_pending: {
    'zh-CN': '已有一条延期申请待审批，请等上级答复后再申请',
    'en-US': 'An extension request is already waiting for approval; wait for the answer before asking again',
  },
  extension_not_requested: {
    'zh-CN': '没有待审批的延期申请',
    'en-US': 'There is no extension request waiting for approval',
  },
  // Field rules beyond the schema
  wechat_code_required: { 'zh-CN': '缺少微信授权码', 'en-US': 'The WeChat authorisation code is missing' },
  wechat_code_invalid: {
    'zh-CN': '微信授权已失效，请重新授权',
    'en-US': 'The WeChat authorisation did not work; please try again',
  },
  wechat_dev_openid_required: {
    'zh-CN': '开发环境绑定需要提供 devOpenid',
    'en-US': 'Development binding needs a devOpenid',
  },
  password_too_short: { 'zh-CN': '密码至少 {min} 位', 'en-US': 'At least {min} characters' },
  password_classes: {
    'zh-CN': '密码须包含大写字母、小写字母、数字、符号中的至少 {classes} 类',
    'en-US': 'Use at least {classes} of: upper-case, lower-case, digits, symbols',
  },
  password_wrong: { 'zh-CN': '当前密码不正确', 'en-US': 'The current password is wrong' },
  password_reused: {
    'zh-CN': '新密码不能与当前密码相同',
    'en-US': 'The new password must differ from the current one',
  },
  code_taken: { 'zh-CN': '编码“{code}”已被使用', 'en-US': 'The code “{code}” is already used' },
  username_taken: { 'zh-CN': '用户名已被使用', 'en-US': 'This username is taken' },
  phone_taken: { 'zh-CN': '该手机号已注册', 'en-US': 'This phone number is already registered' },
  sms_code_invalid: { 'zh-CN': '验证码错误或已过期', 'en-US': 'The code is wrong or has expired' },
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
  level_mismatch: {
    'zh-CN': '“{parent}”下只能建“{level}”级节点',
    'en-US': 'Only a {level} can be placed under “{parent}”',
  },
  district_needs_root: {
    'zh-CN': '只有全域管理员可以新建区县',
    'en-US': 'Only whole-tree administrators create districts',
  },
  place_has_children: {
    'zh-CN': '“{name}”下还有 {count} 个下级节点，不能删除',
    'en-US': '“{name}” still has {count} child places and cannot be deleted',
  },
  place_has_records: {
    'zh-CN': '“{name}”仍有单位、阵地、账号或其他记录挂靠，不能删除',
    'en-US': '“{name}” still has units, stations, accounts or other records and cannot be deleted',
  },
  move_into_self: { 'zh-CN': '不能移动到自身或下级节点下', 'en-US': 'A place cannot move under itself' },
  place_not_found: {
    'zh-CN': '节点不存在或不在您的管辖范围内',
    'en-US': 'No such place in the area you serve',
  },
  unit_not_found: {
    'zh-CN': '单位不存在或不在您的管辖范围内',
    'en-US': 'No such unit in the area you serve',
  },
  home_must_be_building: {
    'zh-CN': '住址请选到小区、网格或楼栋',
    'en-US': 'Pick your home down to a compound, grid or building',
  },
  whole_tree_roles_only: {
    'zh-CN': '只有系统、安全、审计管理员可以不绑定节点',
    'en-US': 'Only the system, security and audit administrators may serve the whole tree',
  },
  separated_roles: {
    'zh-CN': '系统、安全、审计管理员须由不同账号担任（三员分立）',
    'en-US': 'The system, security and audit administrator roles must be held by different accounts',
  },
  role_above_own: { 'zh-CN': '不能授予超出自己的角色', 'en-US': 'You cannot grant a role you do not hold' },
  cannot_disable_self: { 'zh-CN': '不能停用自己的账号', 'en-US': 'You cannot disable your own account' },
  import_bad_file: { 'zh-CN': '无法读取该 Excel 文件', 'en-US': 'This Excel file cannot be read' },
  import_rows_failed: {
    'zh-CN': '有 {count} 行有误，未导入任何数据',
    'en-US': '{count} rows have errors; nothing was imported',
  },
  required: { 'zh-CN': '必填', 'en-US': 'Required' },
  unknown_value: { 'zh-CN': '无效的值“{value}”', 'en-US': 'Unknown value “{value}”' },
  duplicate_in_file: { 'zh-CN': '与第 {row} 行重复', 'en-US': 'Duplicates row {row}' },
  file_type: { 'zh-CN': '只接受 {types} 文件', 'en-US': 'Only {types} files are accepted' },
  import_missing_columns: {
    'zh-CN': '表格缺少必需的列：{columns}',
    'en-US': 'The sheet lacks required columns: {columns}',
  },
  import_no_rows: { 'zh-CN': '表格中没有数据行', 'en-US': 'The sheet has no rows' },
  import_too_many_rows: {
    'zh-CN': '一次最多导入 {max} 行',
    'en-US': 'At most {max} rows can be imported at once',
  },
  import_code_not_found: {
    'zh-CN': '找不到编码“{code}”，或不在您的管辖范围内',
    'en-US': 'No “{code}” in the area you serve',
  },
  import_cycle: { 'zh-CN': '上级编码形成循环', 'en-US': 'The parent codes form a cycle' },
  import_depends_on: {
    'zh-CN': '依赖的第 {row} 行未能导入',
    'en-US': 'Row {row}, which this row needs, could not be imported',
  },
};

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
export function translate(key: string, locale: Locale, params: Record<string, string | number> = {}): string {
  const template = MESSAGES[key]?.[locale] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
