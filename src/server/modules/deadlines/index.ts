// The module's public entry: other modules, the app and the seed import only what is named here.
import './messages';

export { deadlinePermissions } from './permissions';
export { deadlineRoutes } from './routes';
