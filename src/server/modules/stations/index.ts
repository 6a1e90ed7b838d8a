// The module's public entry: other modules, the app and the seed import only what is named here.

import { defineModule } from '../../platform/module';
import { stationPermissions } from './permissions';
import { roomRoutes } from './room-routes';
import { stationRoutes } from './routes';
import './messages';

export { bookRoomForActivity, releaseActivityRooms } from './bookings';

export const stationModule = defineModule({
  name: 'stations',
  routes: [stationRoutes, roomRoutes],
  permissions: stationPermissions,
});
