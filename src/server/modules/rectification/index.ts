// The module's public entry: other modules, the app and the seed import only what is named here.

import { defineModule } from '../../platform/module';
import { rectificationPermissions } from './permissions';
import { rectificationRoutes } from './routes';
import './messages';

export const rectificationModule = defineModule({
  name: 'rectification',
  routes: [rectificationRoutes],
  permissions: rectificationPermissions,
});
