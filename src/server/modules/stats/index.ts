// The module's public entry: other modules, the app and the seed import only what is named here.

import { defineModule } from '../../platform/module';
import { statsPermissions } from './permissions';
import { statsRoutes } from './routes';

export { addFinishedTicket, rebuildRollup, refoldForCalendar, refoldForPlaceMove } from './rollup';
export { resolveTarget, type Target } from './service';

export const statsModule = defineModule({
  name: 'stats',
  routes: [statsRoutes],
  permissions: statsPermissions,
});
