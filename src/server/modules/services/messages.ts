import { registerMessages } from '../../platform/messages';

// The service menu's and the hours ledger's messages, registered as the module loads (its index.ts imports
// this file); the problem+json edge translates them.
registerMessages({
  offering_not_found: {
    'zh-CN': '服务项目不存在或不在您的管辖范围内',
    'en-US': 'No such service in the area you serve',
  },
  offering_not_open: {
    'zh-CN': '这个服务项目已下架，或不面向该地点',
    'en-US': 'This service is not on the menu at that place',
  },
  service_hour_not_found: {
    'zh-CN': '服务时长记录不存在或不在您的管辖范围内',
    'en-US': 'No such service-hours entry in the area you serve',
  },
  hour_confirmed: { 'zh-CN': '这条服务时长已经确认过了', 'en-US': 'This entry is already confirmed' },
  service_flow_team_dispatch: {
    'zh-CN': '由服务队直接接单时，只能自动派给该服务队',
    'en-US': "When the team accepts orders, acceptance must dispatch them to the offering's team",
  },
  hour_reversed: { 'zh-CN': '这条服务时长已经冲销', 'en-US': 'This entry has been reversed' },
});
