// The module's public entry: other modules, the app and the seed import only what is named here.
import './messages';

export { accountPermissions } from './permissions';
export { accountRoutes } from './routes';
export { createAccount, updateProfile } from './service';
