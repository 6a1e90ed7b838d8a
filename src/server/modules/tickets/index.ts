// The module's public entry: other modules, the app and the seed import only what is named here.

import { defineModule } from '../../platform/module';
import { officeTicketRoutes } from './office-routes';
import { ticketPermissions } from './permissions';
import { ticketRoutes } from './routes';
import { sweepOverdue } from './sweep';
import './messages';

export { moveEach, ZBulkAnswer } from './bulk';
export { loadCalendar } from './deadlines';
export {
  type ClaimFacts,
  type IntakeCheck,
  type IntakeFacts,
  type ResolveHook,
  registerClaimFacts,
  registerIntakeCheck,
  registerResolveHook,
} from './hooks';
export { createTicket } from './intake';
export { moveTicket } from './moves';
export { notifyVolunteersWanted } from './notify';
export { attachChannelPhotos } from './photos';
export { initialOwnerPath } from './relations';
export { getTicketRow, type TicketRow } from './repo';

export const ticketModule = defineModule({
  name: 'tickets',
  routes: [ticketRoutes, officeTicketRoutes],
  permissions: ticketPermissions,
  sweeps: [sweepOverdue],
});
