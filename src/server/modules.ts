import { accountModule } from './modules/accounts';
import { activityModule } from './modules/activities';
import { auditModule } from './modules/audit';
import { authModule } from './modules/auth';
import { bulletinModule } from './modules/bulletins';
import { campaignModule } from './modules/campaigns';
import { categoryModule } from './modules/categories';
import { certificateModule } from './modules/certificates';
import { deadlineModule } from './modules/deadlines';
import { evaluationModule } from './modules/evaluations';
import { exchangeModule } from './modules/exchange';
import { notificationModule } from './modules/notifications';
import { open311Module } from './modules/open311';
import { placeModule } from './modules/places';
import { projectModule } from './modules/projects';
import { rectificationModule } from './modules/rectification';
import { routingModule } from './modules/routing';
import { securityModule } from './modules/security';
import { selectionModule } from './modules/selection';
import { serviceModule } from './modules/services';
import { stationModule } from './modules/stations';
import { statsModule } from './modules/stats';
import { ticketModule } from './modules/tickets';
import { unitModule } from './modules/units';
import { volunteerFigureModule } from './modules/volunteer-figures';
import { volunteerModule } from './modules/volunteers';
import type { ServerModule } from './platform/module';

/**
 * Every server module, once: the app registers their routes in this order and collects their permissions
 * (src/server/permissions.ts). A new module adds its line here — beside `app.ts`, because the platform knows no
 * module.
 */
export const MODULES: readonly ServerModule[] = [
  authModule,
  placeModule,
  unitModule,
  stationModule,
  projectModule,
  accountModule,
  auditModule,
  securityModule,
  exchangeModule,
  categoryModule,
  deadlineModule,
  ticketModule,
  serviceModule,
  routingModule,
  statsModule,
  notificationModule,
  open311Module,
  activityModule,
  volunteerModule,
  certificateModule,
  volunteerFigureModule,
  campaignModule,
  rectificationModule,
  bulletinModule,
  evaluationModule,
  selectionModule,
];
