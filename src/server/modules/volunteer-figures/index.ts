// The module's public entry: other modules, the app and the seed import only what is named here.

import { defineModule } from '../../platform/module';
import { volunteerFigurePermissions } from './permissions';
import { volunteerFigureRoutes } from './routes';
import './messages';

export { getHonourCandidates, publishHonourRoll } from './honour-rolls';

export const volunteerFigureModule = defineModule({
  name: 'volunteer-figures',
  routes: [volunteerFigureRoutes],
  permissions: volunteerFigurePermissions,
});
