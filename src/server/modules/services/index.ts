// The module's public entry: other modules, the app and the seed import only what is named here.

import { defineModule } from '../../platform/module';
import { registerIntakeCheck, registerResolveHook } from '../tickets';
import { creditResolved } from './hours';
import { checkServiceOrder } from './offerings';
import { servicePermissions } from './permissions';
import { serviceRoutes } from './routes';
import './messages';

export { confirmedServices, confirmServiceHour, creditHours, type HourCredit } from './hours';
export { createOffering } from './offerings';

// A service order is checked against the menu at intake; a resolved order or wish credits its claimants.
registerIntakeCheck('service', checkServiceOrder);
registerResolveHook(creditResolved);

export const serviceModule = defineModule({
  name: 'services',
  routes: [serviceRoutes],
  permissions: servicePermissions,
});
