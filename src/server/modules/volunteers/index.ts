// The module's public entry: other modules, the app and the seed import only what is named here.

import { defineModule } from '../../platform/module';
import { registerClaimFacts } from '../tickets';
import { volunteerMatchingRoutes } from './matching-routes';
import { volunteerPermissions } from './permissions';
import { volunteerRoutes } from './routes';
import './messages';
import { claimantIdentity } from './profiles';

export { partyIdentities, volunteerIdentity } from './profiles';

registerClaimFacts(claimantIdentity);

export const volunteerModule = defineModule({
  name: 'volunteers',
  routes: [volunteerRoutes, volunteerMatchingRoutes],
  permissions: volunteerPermissions,
});
