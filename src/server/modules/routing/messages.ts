import { registerMessages } from '../../platform/messages';

// The routing catalogue's messages in the platform's one table, registered as the module loads (its index.ts
// imports this file). The problem+json edge translates them.
registerMessages({
  routing_rule_not_found: {
    'zh-CN': '派单目录中没有这条规则，或它不在您的管辖范围内',
    'en-US': 'No such rule of the routing catalogue in the area you serve',
  },
  routing_rule_exists: {
    'zh-CN': '该地点的这个类别已有派单规则，请修改原规则',
    'en-US': 'This place already has a rule for this category: change that one',
  },
  routing_unit_not_serving: {
    'zh-CN': '单位不存在，或不服务于该地点（须挂靠在该地点、其上级或下级）',
    'en-US': 'No such unit, or it does not serve this place (it must sit on it, above it or below it)',
  },
  routing_other_district: {
    'zh-CN': '规则不能移到另一个区县，请在那里新建',
    'en-US': 'A rule cannot move to another district: create one there',
  },
  routing_unit_twice: { 'zh-CN': '同一单位只能列一次', 'en-US': 'A unit can be listed only once' },
  routing_no_rule: {
    'zh-CN': '派单目录中没有适用于该工单的规则',
    'en-US': 'No rule of the routing catalogue covers this ticket',
  },
});
