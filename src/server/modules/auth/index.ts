// The module's public entry: other modules, the app and the seed import only what is named here.
import './messages';

export { authRoutes } from './routes';
export { forgetSignInFailures } from './sign-in-guard';
