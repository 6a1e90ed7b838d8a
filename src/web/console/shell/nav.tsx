import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FileTextOutlined,
  FlagOutlined,
  HeartOutlined,
  NotificationOutlined,
  SafetyOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ParseKeys } from 'i18next';
import type { ReactNode } from 'react';
import type { Me } from '../../../shared/accounts';
import { OFFICE_QUEUES, type OfficeQueue } from '../../../shared/tickets';
import { menuQueues } from '../../modules/tickets/workbench';
import { AccountsPage } from '../accounts/accounts-page';
import { ActivitiesPage } from '../activities/activities-page';
import { AuditPage } from '../audit/audit-page';
import { BulletinPage } from '../bulletins/bulletin-page';
import { BulletinsPage } from '../bulletins/bulletins-page';
import { CampaignPage } from '../campaigns/campaign-page';
import { CampaignsPage } from '../campaigns/campaigns-page';
import { CategoriesPage } from '../config/categories-page';
import { DeadlineRulesPage } from '../config/deadline-rules-page';
import { Open311KeysPage } from '../config/open311-keys-page';
import { WorkCalendarPage } from '../config/work-calendar-page';
import { RubricPage } from '../evaluations/rubric-page';
import { UrgesPage } from '../evaluations/urges-page';
import { PlacesPage } from '../places/places-page';
import { ProfilePage } from '../profile/profile-page';
import { ProjectPage } from '../projects/project-page';
import { ProjectsPage } from '../projects/projects-page';
import { RectificationListPage } from '../rectification/list-page';
import { RectificationListsPage } from '../rectification/lists-page';
import { RoutingPage } from '../routing/routing-page';
import { SecurityPage } from '../security/security-page';
import { ReviewsPage } from '../selection/reviews-page';
import { RoundPage } from '../selection/round-page';
import { RoundsPage } from '../selection/rounds-page';
import { ServiceHoursPage } from '../services/hours-page';
import { OfferingsPage } from '../services/offerings-page';
import { StationsPage } from '../stations/stations-page';
import { StatsRoute } from '../stats/route';
import { UnitsPage } from '../units/units-page';
import { FiguresRoute, HonourRollRoute, PartyReportRoute } from '../volunteer-figures/route';
import { TeamsPage } from '../volunteers/teams-page';
import { WorkbenchPage } from '../workbench/workbench-page';

/** A permission from the server's table (src/server/platform/permissions.ts), or null: any signed-in account. */
export type NeededPermission = string | null;

/** A console page: its route under /console, the permission it needs and its component. */
export type PageDef = { path: string; permission: NeededPermission; element: ReactNode };

export const PAGES: readonly PageDef[] = [
  { path: 'workbench', permission: 'ticket.read', element: <WorkbenchPage /> },
  { path: 'places', permission: 'place.read', element: <PlacesPage /> },
  { path: 'units', permission: 'unit.read', element: <UnitsPage /> },
  { path: 'routing', permission: 'routing.read', element: <RoutingPage /> },
  { path: 'stations', permission: 'station.read', element: <StationsPage /> },
  { path: 'projects', permission: 'project.read', element: <ProjectsPage /> },
  { path: 'projects/:id', permission: 'project.read', element: <ProjectPage /> },
  { path: 'bulletins', permission: 'bulletin.read', element: <BulletinsPage /> },
  { path: 'bulletins/:id', permission: 'bulletin.read', element: <BulletinPage /> },
  { path: 'urges', permission: 'evaluation.read', element: <UrgesPage /> },
  { path: 'evaluation-rubric', permission: 'evaluation.read', element: <RubricPage /> },
  { path: 'services/offerings', permission: 'service_offering.write', element: <OfferingsPage /> },
  { path: 'services/hours', permission: 'service_hour.confirm', element: <ServiceHoursPage /> },
  { path: 'activities', permission: 'activity.read', element: <ActivitiesPage /> },
  { path: 'campaigns', permission: 'campaign.read', element: <CampaignsPage /> },
  { path: 'campaigns/:id', permission: 'campaign.read', element: <CampaignPage /> },
  { path: 'rectification', permission: 'rectification.read', element: <RectificationListsPage /> },
  { path: 'rectification/:id', permission: 'rectification.read', element: <RectificationListPage /> },
  { path: 'selection', permission: 'selection.read', element: <RoundsPage /> },
  { path: 'selection/:id', permission: 'selection.read', element: <RoundPage /> },
  { path: 'reviews', permission: 'review.read', element: <ReviewsPage /> },
  { path: 'teams', permission: 'team.read', element: <TeamsPage /> },
  { path: 'volunteer-figures', permission: 'volunteer_figures.read', element: <FiguresRoute /> },
  { path: 'party-reports', permission: 'party_report.read', element: <PartyReportRoute /> },
  { path: 'honour-rolls', permission: 'honour_roll.manage', element: <HonourRollRoute /> },
  { path: 'accounts', permission: 'account.read', element: <AccountsPage /> },
  { path: 'stats', permission: 'stats.read', element: <StatsRoute /> },
  { path: 'config/categories', permission: 'category.write', element: <CategoriesPage /> },
  { path: 'config/deadlines', permission: 'config.write', element: <DeadlineRulesPage /> },
  { path: 'config/calendar', permission: 'config.write', element: <WorkCalendarPage /> },
  { path: 'config/open311-keys', permission: 'open311.write', element: <Open311KeysPage /> },
  // The policy page is the security administrator's; sysadmin may read the policy but has no page (三员分立).
  { path: 'security', permission: 'security.write', element: <SecurityPage /> },
  { path: 'audit', permission: 'audit.read', element: <AuditPage /> },
  { path: 'profile', permission: null, element: <ProfilePage /> },
];

type NavLeaf = {
  to: string;
  label: ParseKeys<'console'>;
  permission: NeededPermission;
  /** A work queue: the menu shows how many tickets wait in it. */
  queue?: OfficeQueue;
};
type NavGroup = { key: string; label: ParseKeys<'console'>; icon: ReactNode; children: NavLeaf[] };
type NavEntry = NavGroup | (NavLeaf & { icon: ReactNode });

/** The left menu by module, as data; labels are keys of the console namespace. */
export const NAV: readonly NavEntry[] = [
  // First, so that everyone who works tickets lands on their own queues (homePath).
  {
    to: '/console/workbench',
    label: 'nav.workbench',
    permission: 'ticket.read',
    icon: <DashboardOutlined />,
  },
  {
    key: 'tickets',
    label: 'nav.tickets',
    icon: <FileTextOutlined />,
    children: [
      ...OFFICE_QUEUES.map((queue) => ({
        to: `/console/tickets?queue=${queue}`,
        label: `nav.queues.${queue}` as const,
        permission: 'ticket.read' as const,
        queue,
      })),
      { to: '/console/tickets', label: 'nav.queues.all', permission: 'ticket.read' },
    ],
  },
  { to: '/console/stats', label: 'nav.stats', permission: 'stats.read', icon: <BarChartOutlined /> },
  { to: '/console/projects', label: 'nav.projects', permission: 'project.read', icon: <FlagOutlined /> },
  {
    to: '/console/bulletins',
    label: 'nav.bulletins',
    permission: 'bulletin.read',
    icon: <NotificationOutlined />,
  },
  {
    to: '/console/activities',
    label: 'nav.activities',
    permission: 'activity.read',
    icon: <CalendarOutlined />,
  },
  {
    key: 'drives',
    label: 'nav.drives',
    icon: <FlagOutlined />,
    children: [
      { to: '/console/campaigns', label: 'nav.campaigns', permission: 'campaign.read' },
      { to: '/console/rectification', label: 'nav.rectification', permission: 'rectification.read' },
      { to: '/console/urges', label: 'nav.urges', permission: 'evaluation.read' },
      { to: '/console/evaluation-rubric', label: 'nav.evaluationRubric', permission: 'evaluation.read' },
      { to: '/console/selection', label: 'nav.selection', permission: 'selection.read' },
      { to: '/console/reviews', label: 'nav.reviews', permission: 'review.read' },
    ],
  },
  {
    key: 'volunteering',
    label: 'nav.volunteering',
    icon: <HeartOutlined />,
    children: [
      { to: '/console/teams', label: 'nav.teams', permission: 'team.read' },
      { to: '/console/services/offerings', label: 'nav.serviceMenu', permission: 'service_offering.write' },
      { to: '/console/services/hours', label: 'nav.serviceHours', permission: 'service_hour.confirm' },
      {
        to: '/console/volunteer-figures',
        label: 'nav.volunteerFigures',
        permission: 'volunteer_figures.read',
      },
      { to: '/console/party-reports', label: 'nav.partyReports', permission: 'party_report.read' },
      { to: '/console/honour-rolls', label: 'nav.honourRolls', permission: 'honour_roll.manage' },
    ],
  },
  {
    key: 'basics',
    label: 'nav.basics',
    icon: <ApartmentOutlined />,
    children: [
      { to: '/console/places', label: 'nav.places', permission: 'place.read' },
      { to: '/console/units', label: 'nav.units', permission: 'unit.read' },
      { to: '/console/routing', label: 'nav.routing', permission: 'routing.read' },
      { to: '/console/stations', label: 'nav.stations', permission: 'station.read' },
    ],
  },
  { to: '/console/accounts', label: 'nav.accounts', permission: 'account.read', icon: <TeamOutlined /> },
  {
    key: 'config',
    label: 'nav.config',
    icon: <SettingOutlined />,
    children: [
      { to: '/console/config/categories', label: 'nav.categories', permission: 'category.write' },
      { to: '/console/config/deadlines', label: 'nav.deadlines', permission: 'config.write' },
      { to: '/console/config/calendar', label: 'nav.calendar', permission: 'config.write' },
      { to: '/console/config/open311-keys', label: 'nav.open311Keys', permission: 'open311.write' },
    ],
  },
  { to: '/console/security', label: 'nav.security', permission: 'security.write', icon: <SafetyOutlined /> },
  { to: '/console/audit', label: 'nav.audit', permission: 'audit.read', icon: <AuditOutlined /> },
  { to: '/console/profile', label: 'nav.profile', permission: null, icon: <UserOutlined /> },
];

export function hasPermission(me: Pick<Me, 'permissions' | 'kind'>, permission: NeededPermission): boolean {
  return permission === null || (me.kind === 'staff' && me.permissions.includes(permission));
}

/**
 * The menu the signed-in account sees: groups keep only their permitted entries and vanish when empty; of the
 * ticket queues, those of the person's desk.
 */
export function visibleNav(me: Pick<Me, 'permissions' | 'kind' | 'roles'>): NavEntry[] {
  const queues = menuQueues(me.roles);
  return NAV.flatMap((entry): NavEntry[] => {
    if ('children' in entry) {
      const children = entry.children.filter(
        (c) => hasPermission(me, c.permission) && (!c.queue || queues.includes(c.queue)),
      );
      return children.length > 0 ? [{ ...entry, children }] : [];
    }
    return hasPermission(me, entry.permission) ? [entry] : [];
  });
}

/** Where a signed-in account lands: its first menu entry. */
export function homePath(me: Pick<Me, 'permissions' | 'kind' | 'roles'>): string {
  const first = visibleNav(me)[0];
  if (!first) {
    return '/console/profile';
  }
  return 'children' in first ? (first.children[0]?.to ?? '/console/profile') : first.to;
}

export type { NavEntry, NavGroup, NavLeaf };
