// The module's public entry: the app imports only what is named here.

import { defineModule } from '../../platform/module';
import { deliberationRoutes } from './deliberation-routes';
import { evaluationPermissions } from './permissions';
import { evaluationRoutes } from './routes';
import { urgeRoutes } from './urge-routes';
import './messages';
import './notices';

export const evaluationModule = defineModule({
  name: 'evaluations',
  routes: [evaluationRoutes, deliberationRoutes, urgeRoutes],
  permissions: evaluationPermissions,
});
