import { registerMessages } from '../../platform/messages';

// The bulletin module's messages, registered as the module loads (its index.ts imports this file).
registerMessages({
  bulletin_not_found: {
    'zh-CN': '通报不存在或不在您的管辖范围内',
    'en-US': 'No such bulletin in the area you serve',
  },
  bulletin_place_level: {
    'zh-CN': '通报只针对区或街道（镇）',
    'en-US': 'Bulletins are for a district or a street',
  },
  bulletin_period_open: {
    'zh-CN': '{period} 尚未结束（截至 {to}），结束当天起才能生成通报',
    'en-US': 'The period {period} runs to {to}; its bulletin can be generated from that day',
  },
});
