// The module's public entry: other modules, the app and the seed import only what is named here.

import { defineModule } from '../../platform/module';
import { bulletinPermissions } from './permissions';
import { bulletinRoutes } from './routes';
import { sweepBulletins } from './sweep';
import { sweepUrging } from './urging';
import './messages';
import './notices';

export { writeBulletin } from './generate';
export { sweepBulletins, sweepUrging };

export const bulletinModule = defineModule({
  name: 'bulletins',
  routes: [bulletinRoutes],
  permissions: bulletinPermissions,
  sweeps: [sweepBulletins, sweepUrging],
});
