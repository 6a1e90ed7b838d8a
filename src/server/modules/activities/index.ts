// The module's public entry: other modules, the app and the seed import only what is named here.

import { defineModule } from '../../platform/module';
import { activityPermissions } from './permissions';
import { activityRoutes } from './routes';
import { sweepForgottenCheckouts } from './signups';
import './messages';

export { scanCheckin } from './checkin';
export { type Attendance, earnedMinutes } from './minutes';
export { expandRecurrence } from './recurrence';
export { createActivity } from './service';
export {
  AUTO_CLOSE_HOURS,
  cancelSignup,
  closeForgottenCheckouts,
  earnedMinutesForActivity,
  signUp,
  sweepForgottenCheckouts,
} from './signups';

export const activityModule = defineModule({
  name: 'activities',
  routes: [activityRoutes],
  permissions: activityPermissions,
  sweeps: [sweepForgottenCheckouts],
});
