// The module's public entry: other modules, the app and the seed import only what is named here.

import { defineModule } from '../../platform/module';
import { categoryPermissions } from './permissions';
import { categoryRoutes } from './routes';

export const categoryModule = defineModule({
  name: 'categories',
  routes: [categoryRoutes],
  permissions: categoryPermissions,
});
