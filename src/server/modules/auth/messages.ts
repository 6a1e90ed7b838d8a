import { registerMessages } from '../../platform/messages';

// Sign-in, second factor, WeChat binding and resident registration messages in the platform's one table,
// registered as the module loads (its index.ts imports this file). Other modules may throw these keys too; the
// problem+json edge translates them.
registerMessages({
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
  wechat_not_configured: {
    'zh-CN': '本系统尚未接入微信公众号，暂不能绑定微信',
    'en-US': 'WeChat is not set up on this system, so it cannot be bound',
  },
  wechat_taken: {
    'zh-CN': '该微信已绑定其他账号，请先在那个账号上解绑',
    'en-US': 'This WeChat is bound to another account; unbind it there first',
  },
  wechat_code_required: { 'zh-CN': '缺少微信授权码', 'en-US': 'The WeChat authorisation code is missing' },
  wechat_code_invalid: {
    'zh-CN': '微信授权已失效，请重新授权',
    'en-US': 'The WeChat authorisation did not work; please try again',
  },
  wechat_dev_openid_required: {
    'zh-CN': '开发环境绑定需要提供 devOpenid',
    'en-US': 'Development binding needs a devOpenid',
  },
  password_wrong: { 'zh-CN': '当前密码不正确', 'en-US': 'The current password is wrong' },
  password_reused: {
    'zh-CN': '新密码不能与当前密码相同',
    'en-US': 'The new password must differ from the current one',
  },
  phone_taken: { 'zh-CN': '该手机号已注册', 'en-US': 'This phone number is already registered' },
  sms_code_invalid: { 'zh-CN': '验证码错误或已过期', 'en-US': 'The code is wrong or has expired' },
});
