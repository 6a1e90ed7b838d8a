// The module's public entry: other modules, the app and the seed import only what is named here.

import { defineModule } from '../../platform/module';
import { securityPermissions } from './permissions';
import { securityRoutes } from './routes';

export const securityModule = defineModule({
  name: 'security',
  routes: [securityRoutes],
  permissions: securityPermissions,
});
