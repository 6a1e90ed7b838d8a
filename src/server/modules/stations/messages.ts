import { registerMessages } from '../../platform/messages';

// The station module's messages in the platform's one table, registered as the module loads (its index.ts
// imports this file). Other modules may throw these keys too; the problem+json edge translates them.
registerMessages({
  station_not_found: {
    'zh-CN': '阵地不存在或不在您的管辖范围内',
    'en-US': 'No such station in the area you serve',
  },
});
