// The module's public entry: other modules, the app and the seed import only what is named here.

import { defineModule } from '../../platform/module';
import { selectionPermissions } from './permissions';
import { reviewRoutes } from './review-routes';
import { selectionRoutes } from './routes';
import { ballotRoutes } from './vote-routes';
import './messages';

export const selectionModule = defineModule({
  name: 'selection',
  routes: [selectionRoutes, ballotRoutes, reviewRoutes],
  permissions: selectionPermissions,
});
