import { registerMessages } from '../../platform/messages';

// Deadline rule and work calendar messages in the platform's one table, registered as the module loads (its
// index.ts imports this file). Errors carry the keys to the problem+json edge; checks that name a row or a day
// per field write their words with `say`, as a single error carries one set of params.
export const say = registerMessages({
  rule_taken: {
    'zh-CN': '已有一条相同种类、分类和紧急程度的时限规则',
    'en-US': 'A rule for this kind, category and urgency already exists',
  },
  handle_before_response: {
    'zh-CN': '办结时限不能短于响应时限',
    'en-US': 'The handling limit cannot be shorter than the response limit',
  },
  makeup_on_weekday: {
    'zh-CN': '{day} 是周一至周五，本来就上班；只有周六、周日可以设为调休上班日',
    'en-US': '{day} is a weekday and already a workday; only a Saturday or Sunday can be a make-up workday',
  },
  day_outside_year: { 'zh-CN': '日期不在 {year} 年内', 'en-US': 'Not a day of {year}' },
  bad_date: { 'zh-CN': '日期应写作 2026-10-01', 'en-US': 'Write the date as 2026-10-01' },
  bad_workday: {
    'zh-CN': '请填“是”（调休上班）或“否”（放假）',
    'en-US': 'Write 是 / yes (make-up workday) or 否 / no (day off)',
  },
  name_too_long: { 'zh-CN': '名称最多 {max} 个字', 'en-US': 'The name can be at most {max} characters' },
  duplicate_day: { 'zh-CN': '与第 {row} 项日期重复', 'en-US': 'The same day as item {row}' },
});
