// The module's public entry: other modules, the app and the seed import only what is named here.

import { defineModule } from '../../platform/module';
import { volunteerMatchingRoutes } from './matching-routes';
import { volunteerPermissions } from './permissions';
import { volunteerRoutes } from './routes';
import './messages';

export { partyIdentities, volunteerIdentity } from './profiles';

export const volunteerModule = defineModule({
  name: 'volunteers',
  routes: [volunteerRoutes, volunteerMatchingRoutes],
  permissions: volunteerPermissions,
});
