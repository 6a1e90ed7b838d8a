// The module's public entry: other modules, the app and the seed import only what is named here.

import { defineModule } from '../../platform/module';
import { routingDispatchRoutes } from './dispatch-routes';
import { routingPermissions } from './permissions';
import { routingRuleRoutes } from './routes';
import './messages';

export { saveRule } from './rules';

export const routingModule = defineModule({
  name: 'routing',
  routes: [routingRuleRoutes, routingDispatchRoutes],
  permissions: routingPermissions,
});
