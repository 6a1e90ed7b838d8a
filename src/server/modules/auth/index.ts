// The module's public entry: other modules, the app and the seed import only what is named here.

import { defineModule } from '../../platform/module';
import { authRoutes } from './routes';
import './messages';

export { forgetSignInFailures } from './sign-in-guard';

export const authModule = defineModule({
  name: 'auth',
  routes: [authRoutes],
});
