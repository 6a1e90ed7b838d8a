// The module's public entry: other modules, the app and the seed import only what is named here.
import './messages';

export { unitPermissions } from './permissions';
export { unitRoutes } from './routes';
export { createUnit } from './service';
