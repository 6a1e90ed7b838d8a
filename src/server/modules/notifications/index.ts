// The module's public entry: other modules, the app and the seed import only what is named here.

import { defineModule } from '../../platform/module';
import { notificationRoutes } from './routes';

export { startOutbox } from './outbox';
export { sendNotice } from './send';
export { type NoticeText, registerSubject } from './subjects';

export const notificationModule = defineModule({
  name: 'notifications',
  routes: [notificationRoutes],
});
