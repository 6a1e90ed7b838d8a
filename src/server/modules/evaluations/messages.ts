import { registerMessages } from '../../platform/messages';

// The evaluations module's messages in the platform's one table (its index.ts imports this file).
registerMessages({
  evaluation_period_format: { 'zh-CN': '期间应为 YYYY-MM', 'en-US': 'A period reads YYYY-MM' },
  evaluation_statement_filed: {
    'zh-CN': '本期述职已由{name}填报，请修改该份',
    'en-US': 'The statement for this period was already filed by {name}; edit that one',
  },
  evaluation_statement_evaluated: {
    'zh-CN': '本期已有领导评分，述职不能再修改',
    'en-US': 'Leaders have scored this period; its statement can no longer change',
  },
  evaluation_not_stater: {
    'zh-CN': '只有领办单位或主管办公室可以述职',
    'en-US': 'Only the lead unit or the office over it may file a statement',
  },
  evaluation_not_author: {
    'zh-CN': '只能修改自己填写的内容',
    'en-US': 'Only its author may change it',
  },
  evaluation_statement_not_found: { 'zh-CN': '述职不存在', 'en-US': 'No such statement' },
  evaluation_comment_not_found: { 'zh-CN': '评论不存在', 'en-US': 'No such comment' },
  evaluation_hide_reason: { 'zh-CN': '隐藏评论须写明理由', 'en-US': 'Hiding a comment needs a reason' },
  evaluation_vote_cast: {
    'zh-CN': '您本期已对该项目投过票',
    'en-US': 'You have already voted on this project this period',
  },
  evaluation_score_filed: {
    'zh-CN': '您本期已为该项目评分，请修改原评分表',
    'en-US': 'You have already scored this project this period; edit that sheet',
  },
  evaluation_score_not_found: { 'zh-CN': '评分表不存在', 'en-US': 'No such score sheet' },
  evaluation_criterion_unknown: {
    'zh-CN': '评分细则中没有此项',
    'en-US': 'The rubric has no such criterion',
  },
  evaluation_criterion_missing: {
    'zh-CN': '每个评分项都须打分',
    'en-US': 'Every criterion of the rubric needs points',
  },
  evaluation_points_over: {
    'zh-CN': '得分不能超过该项满分 {max}',
    'en-US': 'Points cannot exceed the criterion’s maximum of {max}',
  },
  evaluation_criterion_twice: { 'zh-CN': '评分项编码重复', 'en-US': 'A criterion key appears twice' },
  evaluation_rubric_no_district: {
    'zh-CN': '您的账号不属于某个区，无法设置评分细则',
    'en-US': 'Your account belongs to no district, so it cannot set a rubric',
  },
  evaluation_urge_not_found: { 'zh-CN': '督办不存在', 'en-US': 'No such urge' },
  evaluation_urge_answered: {
    'zh-CN': '该督办已由{name}答复',
    'en-US': 'This urge was already answered by {name}',
  },
  evaluation_not_lead_unit: {
    'zh-CN': '只有领办单位可以答复督办',
    'en-US': 'Only the lead unit may answer an urge',
  },
  evaluation_answer_by_past: {
    'zh-CN': '答复期限不能早于今天',
    'en-US': 'The answer-by day cannot be before today',
  },
});
