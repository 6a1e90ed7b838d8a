// The module's public entry: other modules, the app and the seed import only what is named here.

import { defineModule } from '../../platform/module';
import { deadlinePermissions } from './permissions';
import { deadlineRoutes } from './routes';
import './messages';

export { holidaysBetween } from './calendar';

export const deadlineModule = defineModule({
  name: 'deadlines',
  routes: [deadlineRoutes],
  permissions: deadlinePermissions,
});
