import { MODULES } from './modules';
import { collectPermissions } from './platform/permissions';

/**
 * Every module's permissions, collected once when the server starts from the module list (platform/permissions.ts).
 * A name declared by two modules stops the start. The platform reads the table through the services object
 * (`services.permissions`), so it never imports a module.
 */
export const PERMISSION_TABLE = collectPermissions(
  Object.fromEntries(MODULES.flatMap((m) => (m.permissions ? [[m.name, m.permissions]] : []))),
);
