// The module's public entry: other modules, the app and the seed import only what is named here.

import { defineModule } from '../../platform/module';
import { open311Permissions } from './permissions';
import { open311Routes } from './routes';
import './messages';

export { hashApiKey } from './keys';

export const open311Module = defineModule({
  name: 'open311',
  routes: [open311Routes],
  permissions: open311Permissions,
});
