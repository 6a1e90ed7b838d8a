import {
  FileTextOutlined,
  HeartOutlined,
  HomeOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  TeamOutlined,
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
  if (me.roles.includes('volunteer')) {
    // A volunteer's day is the tasks they claim (志愿) and the wish wall; they file nothing themselves.
    return [
      HOME,
      { path: '/m/services/tasks', titleKey: 'tabs.volunteer', Icon: TeamOutlined },
      { path: '/m/tickets/wishes', titleKey: 'tabs.wishes', Icon: HeartOutlined },
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
