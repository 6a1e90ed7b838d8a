// The module's public entry: other modules, the app and the seed import only what is named here.
import './messages';

export { placePermissions } from './permissions';
export { getPlaceRow } from './repo';
export { placeRoutes } from './routes';
export { createPlace, loadWritable } from './service';
