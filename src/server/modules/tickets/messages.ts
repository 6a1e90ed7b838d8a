import { registerMessages } from '../../platform/messages';

// The ticket module's messages in the platform's one table, registered as the module loads (its index.ts
// imports this file). Other modules may throw these keys too; the problem+json edge translates them.
registerMessages({
  image_unreadable: {
    'zh-CN': '这张图片已损坏或不完整，无法读取，请换一张',
    'en-US': 'This image is damaged or incomplete and cannot be read; try another one',
  },
  too_many_photos: { 'zh-CN': '每件最多 {max} 张照片', 'en-US': 'At most {max} photos per ticket' },
  ticket_not_found: {
    'zh-CN': '工单不存在或不在您的管辖范围内',
    'en-US': 'No such ticket in the area you serve',
  },
  extension_pending: {
    'zh-CN': '已有一条延期申请待审批，请等上级答复后再申请',
    'en-US': 'An extension request is already waiting for approval; wait for the answer before asking again',
  },
  extension_not_requested: {
    'zh-CN': '没有待审批的延期申请',
    'en-US': 'There is no extension request waiting for approval',
  },
  promise_out_of_range: {
    'zh-CN': '承诺完成日期要在今天到 {days} 天之内',
    'en-US': 'The promised date must be between today and {days} days from now',
  },
  thanks_needs_satisfied: {
    'zh-CN': '不满意的评价不能公开致谢',
    'en-US': 'An unsatisfied rating cannot be shown as a thank-you',
  },
  already_claimed: { 'zh-CN': '您已认领过这一件', 'en-US': 'You have already claimed this one' },
  claims_full: {
    'zh-CN': '这一件所需的志愿者已经满了',
    'en-US': 'This one already has all the volunteers it needs',
  },
  not_for_kind: {
    'zh-CN': '这类诉求不需要填写此项',
    'en-US': 'This kind of request does not take this field',
  },
});
