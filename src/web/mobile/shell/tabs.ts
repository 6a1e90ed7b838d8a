import {
  FileTextOutlined,
  HeartOutlined,
  HomeOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ParseKeys } from 'i18next';
import type { ComponentType } from 'react';
import type { Me } from '../../../shared/accounts';

export type Tab = { path: string; titleKey: ParseKeys<'mobile'>; Icon: ComponentType };

const HOME: Tab = { path: '/m', titleKey: 'tabs.home', Icon: HomeOutlined };
const ME: Tab = { path: '/m/me', titleKey: 'tabs.me', Icon: UserOutlined };

/**
 * Four places at most (DESIGN.md): 首页, 办事, 心愿, 我的; a grid worker gets 走访 and 待办 instead of 办事 and
 * 心愿, because their day is visits and the matters waiting in their grid.
 */
export function tabsFor(me: Me): Tab[] {
  if (me.roles.includes('grid_worker')) {
    return [
      HOME,
      { path: '/m/tickets/visit', titleKey: 'tabs.visit', Icon: SolutionOutlined },
      { path: '/m/tickets/todo', titleKey: 'tabs.todo', Icon: ScheduleOutlined },
      ME,
    ];
  }
  return [
    HOME,
    { path: '/m/tickets', titleKey: 'tabs.tickets', Icon: FileTextOutlined },
    { path: '/m/tickets/wishes', titleKey: 'tabs.wishes', Icon: HeartOutlined },
    ME,
  ];
}
