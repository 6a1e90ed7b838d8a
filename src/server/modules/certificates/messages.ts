import { registerMessages } from '../../platform/messages';

// The certificate module's messages, registered as the module loads (its index.ts imports this file). It also
// throws volunteer_not_found, which the volunteers module registers.
registerMessages({
  certificate_not_found: {
    'zh-CN': '没有这个编号的志愿服务记录证明，请核对编号',
    'en-US': 'There is no service record certificate with this number; please check it',
  },
  certificate_period_reversed: {
    'zh-CN': '开始日期不能晚于结束日期',
    'en-US': 'The start date cannot be after the end date',
  },
});
