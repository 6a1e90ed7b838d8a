import { registerMessages } from '../../platform/messages';

// The volunteer module's messages in the platform's one table, registered as the module loads (its index.ts
// imports this file); the problem+json edge translates them.
registerMessages({
  team_not_found: {
    'zh-CN': '志愿服务队不存在或不对您开放',
    'en-US': 'No such volunteer team open to you',
  },
  application_not_found: {
    'zh-CN': '志愿者申请不存在或不在您的管辖范围内',
    'en-US': 'No such volunteer application in the area you serve',
  },
  volunteer_not_found: {
    'zh-CN': '志愿者不存在或不在您的管辖范围内',
    'en-US': 'No such volunteer in the area you serve',
  },
  application_review_forbidden: {
    'zh-CN': '只有该队的队长或所在社区、街道的工作人员可以审核申请',
    'en-US': "Only the team's leader or the office of its community or street may decide applications",
  },
  application_decided: {
    'zh-CN': '该申请已处理，不能再审核或撤回',
    'en-US': 'This application has already been decided or withdrawn',
  },
  application_pending: {
    'zh-CN': '您已申请加入该队，正在等待审核',
    'en-US': 'You have already applied to this team; the application is waiting for a decision',
  },
  already_member: {
    'zh-CN': '您已经是“{team}”的队员',
    'en-US': 'You are already a member of “{team}”',
  },
  not_a_member: {
    'zh-CN': '您不是该队的队员',
    'en-US': 'You are not a member of this team',
  },
  party_branch_required: {
    'zh-CN': '党员请填写所在党支部',
    'en-US': 'A party member must give their party branch',
  },
  leader_not_member: {
    'zh-CN': '队长须是本队队员',
    'en-US': 'The leader must be a member of the team',
  },
  id_number_taken: {
    'zh-CN': '该身份证号已登记为另一名志愿者',
    'en-US': 'This ID card number is already registered for another volunteer',
  },
  ticket_needs_nobody: {
    'zh-CN': '这张单子现在不需要再找志愿者（未派给服务队、人数已满或已不在待认领状态）',
    'en-US': 'This ticket needs no more volunteers now (not with a team, full, or no longer open to claim)',
  },
  volunteer_not_suggested: {
    'zh-CN': '只能通知推荐名单中的志愿者',
    'en-US': 'Only volunteers among the suggestions can be notified',
  },
});
