import { registerMessages } from '../../platform/messages';

// The account module's messages in the platform's one table, registered as the module loads (its index.ts
// imports this file). Other modules may throw these keys too; the problem+json edge translates them.
registerMessages({
  account_not_found: {
    'zh-CN': '账号不存在或不在您的管辖范围内',
    'en-US': 'No such account in the area you serve',
  },
  username_taken: { 'zh-CN': '用户名已被使用', 'en-US': 'This username is taken' },
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
  groups_residents_only: {
    'zh-CN': '人群标签只用于居民账号',
    'en-US': 'Groups are recorded for residents only',
  },
  cannot_disable_self: { 'zh-CN': '不能停用自己的账号', 'en-US': 'You cannot disable your own account' },
});
