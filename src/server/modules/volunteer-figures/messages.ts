import { registerMessages } from '../../platform/messages';

// The volunteer figures module's messages, registered as the module loads (its index.ts imports this file).
registerMessages({
  figures_period_reversed: {
    'zh-CN': '开始日期不能晚于结束日期',
    'en-US': 'The first day cannot be after the last day',
  },
  figures_period_too_long: {
    'zh-CN': '统计期间最长 {max} 天，请缩短',
    'en-US': 'A period can be at most {max} days; please shorten it',
  },
  field_bad_month: {
    'zh-CN': '{field}应写作年-月，如 2026-11',
    'en-US': '{Field} must be written year-month, such as 2026-11',
  },
  honour_entry_not_candidate: {
    'zh-CN': '所选对象在该期间没有服务记录，不能入选荣誉榜',
    'en-US': 'This choice has no service on record in the period and cannot be on the honour roll',
  },
  honour_roll_not_found: { 'zh-CN': '没有这份荣誉榜', 'en-US': 'There is no such honour roll' },
  honour_roll_unpublished: {
    'zh-CN': '这份荣誉榜已撤下',
    'en-US': 'This honour roll has already been taken down',
  },
});
