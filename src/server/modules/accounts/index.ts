// The module's public entry: other modules, the app and the seed import only what is named here.

import { defineModule } from '../../platform/module';
import { accountPermissions } from './permissions';
import { accountRoutes } from './routes';
import './messages';

export { createAccount, groupsOfCaller, updateProfile } from './service';

export const accountModule = defineModule({
  name: 'accounts',
  routes: [accountRoutes],
  permissions: accountPermissions,
});
