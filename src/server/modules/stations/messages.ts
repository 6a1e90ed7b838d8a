import { registerMessages } from '../../platform/messages';

// The station module's messages in the platform's one table, registered as the module loads (its index.ts
// imports this file). Other modules may throw these keys too; the problem+json edge translates them.
registerMessages({
  station_not_found: {
    'zh-CN': '阵地不存在或不在您的管辖范围内',
    'en-US': 'No such station in the area you serve',
  },
  station_parent_not_found: {
    'zh-CN': '上级阵地不存在或不在您的管辖范围内',
    'en-US': 'No such parent station in the area you serve',
  },
  station_parent_place: {
    'zh-CN': '上级阵地须位于本地点或其上级地点',
    'en-US': 'The parent station must be on this place or one above it',
  },
  station_parent_tier: {
    'zh-CN': '上级阵地须高一层级（所 → 站 → 点）',
    'en-US': 'The parent station must be of a higher tier (institute → station → point)',
  },
  station_children_misfit: {
    'zh-CN': '下属阵地“{name}”将不再符合层级，请先调整它',
    'en-US': 'The station "{name}" under it would no longer fit; change it first',
  },
  station_room_not_found: {
    'zh-CN': '功能室不存在',
    'en-US': 'No such room in this station',
  },
  station_room_exists: {
    'zh-CN': '本阵地已有名为“{name}”的功能室',
    'en-US': 'This station already has a room called "{name}"',
  },
  station_room_has_bookings: {
    'zh-CN': '功能室“{name}”已有预约记录，不能删除，可设为停用',
    'en-US': 'The room "{name}" has bookings on record; set it inactive instead',
  },
  station_room_inactive: {
    'zh-CN': '功能室“{room}”已停用',
    'en-US': 'The room "{room}" is not in use',
  },
  format_clock: { 'zh-CN': '时间格式为 HH:MM', 'en-US': 'Use HH:MM' },
  opening_span_order: { 'zh-CN': '关门时间须晚于开门时间', 'en-US': 'Closing must be after opening' },
  booking_times: { 'zh-CN': '结束时间须晚于开始时间', 'en-US': 'The end must be after the start' },
  booking_too_long: {
    'zh-CN': '一次预约最长 {hours} 小时',
    'en-US': 'A booking lasts at most {hours} hours',
  },
  booking_past: { 'zh-CN': '不能预约已过去的时间', 'en-US': 'That time has passed' },
  booking_outside_hours: {
    'zh-CN': '所选时段不在“{room}”的开放时间内',
    'en-US': 'The slot is outside the opening hours of "{room}"',
  },
  booking_holiday: {
    'zh-CN': '{day} 为法定节假日，功能室不开放',
    'en-US': '{day} is a public holiday; the room is closed',
  },
  booking_conflict: {
    'zh-CN': '“{room}”在 {from}–{to} 已被预约，请换个时段',
    'en-US': '"{room}" is already booked {from}–{to}; choose another time',
  },
  booking_not_found: { 'zh-CN': '预约不存在', 'en-US': 'No such booking' },
  booking_not_open: { 'zh-CN': '该预约已取消', 'en-US': 'The booking is already cancelled' },
});
