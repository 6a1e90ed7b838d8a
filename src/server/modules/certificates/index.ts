// The module's public entry: other modules, the app and the seed import only what is named here.

import { defineModule } from '../../platform/module';
import { certificatePermissions } from './permissions';
import { certificateRoutes } from './routes';
import './messages';

export const certificateModule = defineModule({
  name: 'certificates',
  routes: [certificateRoutes],
  permissions: certificatePermissions,
});
