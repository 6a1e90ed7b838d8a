import { registerMessages } from '../../platform/messages';

// The selection module's messages, registered as the module loads (its index.ts imports this file).
registerMessages({
  selection_round_not_found: {
    'zh-CN': '票决轮次不存在或不在您的管辖范围内',
    'en-US': 'No such selection round in the area you serve',
  },
  selection_candidate_not_found: { 'zh-CN': '候选项目不存在', 'en-US': 'No such candidate in this round' },
  selection_not_in_state: {
    'zh-CN': '当前阶段（{state}）不能进行此操作',
    'en-US': 'This cannot be done at the current stage ({state})',
  },
  selection_reason_required: { 'zh-CN': '请填写未入围理由', 'en-US': 'Say why it is not shortlisted' },
  selection_ticket_required: { 'zh-CN': '请选择来源工单', 'en-US': 'Choose the ticket it comes from' },
  selection_not_ready: {
    'zh-CN': '开始票决前须至少有 {n} 个入围项目和 1 名投票人',
    'en-US': 'Voting needs at least {n} shortlisted candidates and one voter',
  },
  selection_winner_target: {
    'zh-CN': '每个当选项目须指定领办单位或关联已有项目（二选一）',
    'en-US': 'Give each winner either a lead unit or an existing project',
  },
  selection_winners_missing: {
    'zh-CN': '以下当选项目还没有指定领办单位：{names}',
    'en-US': 'These winners have no lead unit yet: {names}',
  },
  selection_not_voter: {
    'zh-CN': '您不是本轮票决的投票人',
    'en-US': 'You are not a voter of this round',
  },
  selection_already_voted: { 'zh-CN': '您已投过票，每人只能投一次', 'en-US': 'You have already voted' },
  selection_too_many: {
    'zh-CN': '最多只能选 {n} 项',
    'en-US': 'Choose at most {n}',
  },
  selection_not_shortlisted: {
    'zh-CN': '只能选择入围项目',
    'en-US': 'Only shortlisted candidates can be chosen',
  },
  selection_already_rated: {
    'zh-CN': '您已对该项目评价过',
    'en-US': 'You have already rated this project',
  },
  selection_not_winner: {
    'zh-CN': '该项目不是本轮票决产生的项目',
    'en-US': 'This project is not of this round',
  },
  selection_voter_not_found: {
    'zh-CN': '找不到该账号，或不在您的管辖范围内',
    'en-US': 'No such account in the area you serve',
  },
  review_not_found: { 'zh-CN': '调度记录不存在', 'en-US': 'No such monthly review' },
  review_task_milestone_fields: {
    'zh-CN': '任务节点须选择项目并填写计划日期',
    'en-US': 'A milestone needs its project and planned date',
  },
  review_task_round: {
    'zh-CN': '候选项目须选择正在征集的票决轮次',
    'en-US': 'A candidate needs a round that is collecting',
  },
});
