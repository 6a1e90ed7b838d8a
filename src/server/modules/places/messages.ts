import { registerMessages } from '../../platform/messages';

// The place tree's messages in the platform's one table, registered as the module loads (its index.ts
// imports this file). Other modules may throw these keys too; the problem+json edge translates them.
registerMessages({
  level_mismatch: {
    'zh-CN': '“{parent}”下只能建“{level}”级节点',
    'en-US': 'Only a {level} can be placed under “{parent}”',
  },
  district_needs_root: {
    'zh-CN': '只有全域管理员可以新建区县',
    'en-US': 'Only whole-tree administrators create districts',
  },
  place_has_children: {
    'zh-CN': '“{name}”下还有 {count} 个下级节点，不能删除',
    'en-US': '“{name}” still has {count} child places and cannot be deleted',
  },
  place_has_records: {
    'zh-CN': '“{name}”仍有单位、阵地、账号或其他记录挂靠，不能删除',
    'en-US': '“{name}” still has units, stations, accounts or other records and cannot be deleted',
  },
  bounds_reversed: {
    'zh-CN': '范围的南边不能在北边以北，西边不能在东边以东',
    'en-US': 'The box must have its south below its north and its west left of its east',
  },
  move_into_self: { 'zh-CN': '不能移动到自身或下级节点下', 'en-US': 'A place cannot move under itself' },
  place_not_found: {
    'zh-CN': '节点不存在或不在您的管辖范围内',
    'en-US': 'No such place in the area you serve',
  },
});
