import { accountPermissions } from './modules/accounts';
import { auditPermissions } from './modules/audit';
import { categoryPermissions } from './modules/categories';
import { deadlinePermissions } from './modules/deadlines';
import { open311Permissions } from './modules/open311';
import { placePermissions } from './modules/places';
import { securityPermissions } from './modules/security';
import { stationPermissions } from './modules/stations';
import { statsPermissions } from './modules/stats';
import { ticketPermissions } from './modules/tickets';
import { unitPermissions } from './modules/units';
import { collectPermissions } from './platform/permissions';

/**
 * Every module's permissions, one line per module that declares any, collected once when the server starts
 * (platform/permissions.ts). A name declared by two modules stops the start. The platform reads the table
 * through the services object (`services.permissions`), so it never imports a module.
 */
export const PERMISSION_TABLE = collectPermissions({
  places: placePermissions,
  units: unitPermissions,
  stations: stationPermissions,
  accounts: accountPermissions,
  audit: auditPermissions,
  security: securityPermissions,
  open311: open311Permissions,
  categories: categoryPermissions,
  deadlines: deadlinePermissions,
  tickets: ticketPermissions,
  stats: statsPermissions,
});
