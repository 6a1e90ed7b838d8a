// The module's public entry: other modules, the app and the seed import only what is named here.

import { defineModule } from '../../platform/module';
import { marginRoutes } from './margin-routes';
import { projectPermissions } from './permissions';
import { publicProjectRoutes } from './public-routes';
import { projectRoutes } from './routes';
import { sweepProjectStatus } from './status-sweep';
import './messages';
import './notices';

export { CATEGORY_LABELS, STATUS_LABELS } from './export';
export { linkTicket } from './links';
export { addMilestone } from './milestones';
export {
  isLeadUnitStaff,
  isOfficeOverProject,
  type ProjectRef,
  requireVisibleProject,
  visibleProjects,
} from './refs';
export { createProject, getProject, insertMilestones } from './service';
export { findProjectStandings, type ProjectStanding } from './standings';

export const projectModule = defineModule({
  name: 'projects',
  routes: [projectRoutes, marginRoutes, publicProjectRoutes],
  permissions: projectPermissions,
  sweeps: [sweepProjectStatus],
});
