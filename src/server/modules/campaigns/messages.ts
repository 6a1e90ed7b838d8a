import { registerMessages } from '../../platform/messages';

// The campaign module's messages, registered as the module loads (its index.ts imports this file).
registerMessages({
  campaign_not_found: {
    'zh-CN': '专项行动不存在或不在您的管辖范围内',
    'en-US': 'No such drive in the area you serve',
  },
  campaign_unit_code: {
    'zh-CN': '计量单位代码须为小写字母开头的字母、数字或下划线',
    'en-US': 'The unit code is lower-case letters, digits or underscores, starting with a letter',
  },
  campaign_days_order: { 'zh-CN': '结束日期不能早于开始日期', 'en-US': 'The end cannot be before the start' },
  campaign_too_long: { 'zh-CN': '专项行动最长两年', 'en-US': 'A drive lasts two years at most' },
  campaign_target_positive: { 'zh-CN': '目标数须大于 0', 'en-US': 'The target must be more than 0' },
  campaign_target_zero: {
    'zh-CN': '“清零”类行动的目标为 0',
    'en-US': 'A down-to-zero drive has a target of 0',
  },
  campaign_tallies_outside: {
    'zh-CN': '已有 {day} 的填报，起止日期须包含它',
    'en-US': 'There is a tally on {day}; the dates must include it',
  },
  campaign_tally_place: {
    'zh-CN': '只能填报本行动范围内、您所辖的地点',
    'en-US': 'Tally for a place of this drive that you serve',
  },
  campaign_tally_outside: {
    'zh-CN': '填报日期须在行动期间（{from} 至 {to}）',
    'en-US': 'The day must fall within the drive ({from} to {to})',
  },
  campaign_tally_future: { 'zh-CN': '不能填报今天以后的日期', 'en-US': 'You cannot tally a day after today' },
  campaign_tally_exists: {
    'zh-CN': '{place} {day} 已由{name}填报 {count}；如需更正，请选择“更正”重新提交',
    'en-US': '{name} already entered {count} for {place} on {day}; send it as a correction to replace it',
  },
});
