import { registerMessages } from '../../platform/messages';

// The activity module's messages in the platform's one table, registered as the module loads (its index.ts
// imports this file).
registerMessages({
  activity_not_found: {
    'zh-CN': '活动不存在或不在您的管辖范围内',
    'en-US': 'No such activity in the area you serve',
  },
  activity_signup_not_found: {
    'zh-CN': '报名记录不存在',
    'en-US': 'No such sign-up',
  },
  activity_times: {
    'zh-CN': '结束时间须晚于开始时间，且一次活动不超过 24 小时',
    'en-US': 'The end must come after the start, and one activity lasts 24 hours at most',
  },
  activity_not_open: {
    'zh-CN': '活动已结束或已取消，不能再报名或修改',
    'en-US': 'The activity is over or cancelled: no more sign-ups or changes',
  },
  activity_already_signed_up: {
    'zh-CN': '已报名本场活动，不能重复报名',
    'en-US': 'Already signed up for this activity',
  },
  activity_signup_others_forbidden: {
    'zh-CN': '只有社区工作人员可以代他人报名',
    'en-US': 'Only community staff sign up someone else',
  },
  activity_checkin_closed: {
    'zh-CN': '不在签到时间内（活动开始前 1 小时至结束后 {hours} 小时）',
    'en-US': 'Check-in is open from an hour before the start to {hours} hours after the end',
  },
  activity_already_checked_out: {
    'zh-CN': '您已签退，本场活动的签到已完成',
    'en-US': 'Already checked out of this activity',
  },
  activity_move_invalid: {
    'zh-CN': '活动当前状态下不能执行该操作',
    'en-US': 'This cannot be done to the activity in its current state',
  },
  activity_reason_required: {
    'zh-CN': '请填写取消原因',
    'en-US': 'Please give the reason for cancelling',
  },
  activity_team_not_found: {
    'zh-CN': '志愿服务队不存在或不在您的管辖范围内',
    'en-US': 'No such volunteer team in the area you serve',
  },
  activity_summary: {
    'zh-CN':
      '「{title}」于 {time} 举行，报名 {confirmed} 人（候补 {waiting} 人），签到 {attended} 人，服务群众 {served} 人次。',
    'en-US':
      '“{title}” on {time}: {confirmed} signed up ({waiting} waiting), {attended} checked in, {served} people served.',
  },
  activity_too_many: {
    'zh-CN': '重复规则没有产生任何场次（都在节假日或例外日期）',
    'en-US': 'The repetition gives no occurrence (all fall on holidays or exceptions)',
  },
});
