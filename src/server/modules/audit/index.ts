// The module's public entry: other modules, the app and the seed import only what is named here.

export { auditPermissions } from './permissions';
export { auditRoutes } from './routes';
