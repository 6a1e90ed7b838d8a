import { registerMessages } from '../../platform/messages';

// The rectification module's messages, registered as the module loads (its index.ts imports this file).
registerMessages({
  rectification_list_not_found: {
    'zh-CN': '整改清单不存在或不在您的管辖范围内',
    'en-US': 'No such rectification list in the area you serve',
  },
  rectification_problem_not_found: { 'zh-CN': '问题不存在', 'en-US': 'No such problem on this list' },
  rectification_measure_not_found: { 'zh-CN': '整改措施不存在', 'en-US': 'No such measure on this list' },
  rectification_deadline_required: {
    'zh-CN': '限期整改须填写完成时限',
    'en-US': 'A deadline measure needs its deadline',
  },
  rectification_evidence_required: {
    'zh-CN': '请填写整改佐证（做了什么、结果如何）',
    'en-US': 'Say what was done and how it turned out (the evidence)',
  },
  rectification_note_required: { 'zh-CN': '请填写退回原因', 'en-US': 'Say why it goes back' },
  rectification_move_refused: {
    'zh-CN': '当前状态（{state}）不能执行此操作',
    'en-US': 'This cannot be done in the current state ({state})',
  },
  rectification_problem_closed: {
    'zh-CN': '问题已销号，请先撤销销号',
    'en-US': 'The problem is closed; reopen it first',
  },
  rectification_no_measures: {
    'zh-CN': '该问题还没有整改措施，不能销号',
    'en-US': 'The problem has no measures yet; it cannot be closed',
  },
  rectification_measures_pending: {
    'zh-CN': '还有 {open} 条措施未完成、{done} 条未验收，全部完成并验收后才能销号',
    'en-US':
      '{open} measures are not done and {done} not yet checked; close it once all are done and checked',
  },
});
