import { registerMessages } from '../../platform/messages';

// The projects module's messages in the platform's one table, registered as the module loads (its index.ts
// imports this file). The problem+json edge translates them.
registerMessages({
  project_not_found: {
    'zh-CN': '项目不存在或不在您的管辖范围内',
    'en-US': 'No such project in the area you serve',
  },
  project_dates_order: {
    'zh-CN': '结束日期不能早于开始日期',
    'en-US': 'The end date cannot be before the start',
  },
  project_unit_not_found: {
    'zh-CN': '领办单位不存在或不在您可选的范围内',
    'en-US': 'No such lead unit among those you may choose',
  },
  project_parent_invalid: {
    'zh-CN': '上级项目须为本辖区内的顶层项目，且不能是它自己',
    'en-US': 'The parent must be a top-level project in your area, and not the project itself',
  },
  project_has_children: {
    'zh-CN': '该项目含子项目，进度由子项目汇总，请在子项目上填报',
    'en-US': 'This project has sub-projects; its progress rolls up from them, so report on those',
  },
  project_margin_order: {
    'zh-CN': '严重滞后的差距须大于滞后的差距',
    'en-US': 'Seriously behind must start at a larger gap than behind',
  },
  project_margin_place: {
    'zh-CN': '滞后阈值只能按区（县）或街道（乡镇）设置',
    'en-US': 'Margins are set for a district or a street only',
  },
  project_done: { 'zh-CN': '项目已验收办结', 'en-US': 'The project has been accepted as done' },
  project_not_reporter: {
    'zh-CN': '只有领办单位或主管办公室可以填报进度',
    'en-US': 'Only the lead unit or the office over it may report progress',
  },
  project_milestone_not_found: {
    'zh-CN': '任务节点不存在',
    'en-US': 'No such milestone on this project',
  },
  project_milestone_outside: {
    'zh-CN': '任务节点的计划日期须在项目起止日期之间',
    'en-US': "A milestone's planned date must be within the project's dates",
  },
  project_ticket_linked: {
    'zh-CN': '该工单已关联项目“{name}”',
    'en-US': 'The ticket is already linked to the project "{name}"',
  },
  project_ticket_not_found: {
    'zh-CN': '工单不存在或不在您的管辖范围内',
    'en-US': 'No such ticket in the area you serve',
  },
  project_ticket_kind: {
    'zh-CN': '只有问题诉求和意见建议可以转为项目',
    'en-US': 'Only problems and suggestions can become projects',
  },
  project_place_level: {
    'zh-CN': '项目须建在区、街道、社区或小区上',
    'en-US': 'A project sits on a district, street, community or compound',
  },
  project_milestone_format: {
    'zh-CN': '任务节点“{value}”格式应为 名称@YYYY-MM-DD*权重',
    'en-US': 'The milestone "{value}" should read name@YYYY-MM-DD*weight',
  },
  project_budget_format: { 'zh-CN': '预算应为整数（元）', 'en-US': 'The budget is a whole number of yuan' },
  project_photo_not_found: { 'zh-CN': '照片不存在', 'en-US': 'No such photo' },
  project_follow_hidden: {
    'zh-CN': '该项目尚未公布',
    'en-US': 'This project is not published',
  },
});
