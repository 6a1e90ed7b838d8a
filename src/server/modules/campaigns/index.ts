// The module's public entry: other modules, the app and the seed import only what is named here.

import { defineModule } from '../../platform/module';
import { campaignPermissions } from './permissions';
import { campaignRoutes } from './routes';
import './messages';

export { computeFigures } from './figures';

export const campaignModule = defineModule({
  name: 'campaigns',
  routes: [campaignRoutes],
  permissions: campaignPermissions,
});
