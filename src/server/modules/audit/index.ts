// The module's public entry: other modules, the app and the seed import only what is named here.

import { defineModule } from '../../platform/module';
import { auditPermissions } from './permissions';
import { auditRoutes } from './routes';

export const auditModule = defineModule({
  name: 'audit',
  routes: [auditRoutes],
  permissions: auditPermissions,
});
