// The module's public entry: other modules, the app and the seed import only what is named here.

export { securityPermissions } from './permissions';
export { securityRoutes } from './routes';
