// The module's public entry: other modules, the app and the seed import only what is named here.
import './messages';

export { hashApiKey } from './keys';
export { open311Permissions } from './permissions';
export { open311Routes } from './routes';
