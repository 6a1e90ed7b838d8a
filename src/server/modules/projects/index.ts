// The module's public entry: other modules, the app and the seed import only what is named here.

import { defineModule } from '../../platform/module';
import { projectPermissions } from './permissions';
import { publicProjectRoutes } from './public-routes';
import { projectRoutes } from './routes';
import './messages';
import './notices';

export { linkTicket } from './links';
export { addMilestone } from './milestones';
export { createProject, getProject, insertMilestones } from './service';

export const projectModule = defineModule({
  name: 'projects',
  routes: [projectRoutes, publicProjectRoutes],
  permissions: projectPermissions,
});
