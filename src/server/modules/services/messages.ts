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
  offering_only_elderly: {
    'zh-CN': '这项服务面向社区登记的老年人；如需帮助，可请网格员或社区工作人员代您点单',
    'en-US':
      'This service is for the elderly residents the community has recorded; a grid worker or the community office can order it for you',
  },
  offering_only_children: {
    'zh-CN': '这项服务面向社区登记的少年儿童家庭；可请社区工作人员代为点单',
    'en-US':
      'This service is for the children the community has recorded; the community office can order it for you',
  },
  offering_only_disabled: {
    'zh-CN': '这项服务面向社区登记的残疾人；可请网格员或社区工作人员代您点单',
    'en-US':
      'This service is for the residents with disabilities the community has recorded; a grid worker or the community office can order it for you',
  },
  offering_only_low_income: {
    'zh-CN': '这项服务面向社区登记的困难家庭；可请社区工作人员代为点单',
    'en-US':
      'This service is for the low-income households the community has recorded; the community office can order it for you',
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
