// The module's public entry: other modules, the app and the seed import only what is named here.

import { defineModule } from '../../platform/module';
import { placePermissions } from './permissions';
import { placeRoutes } from './routes';
import './messages';

export { getPlaceRow, pathOfPlace, requirePlace } from './repo';
export { createPlace, loadWritable } from './service';

export const placeModule = defineModule({
  name: 'places',
  routes: [placeRoutes],
  permissions: placePermissions,
});
