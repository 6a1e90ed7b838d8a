// The module's public entry: other modules, the app and the seed import only what is named here.

import { defineModule } from '../../platform/module';
import { unitPermissions } from './permissions';
import { unitRoutes } from './routes';
import './messages';

export { createUnit } from './service';

export const unitModule = defineModule({
  name: 'units',
  routes: [unitRoutes],
  permissions: unitPermissions,
});
