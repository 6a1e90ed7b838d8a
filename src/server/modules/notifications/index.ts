// The module's public entry: other modules, the app and the seed import only what is named here.
export { startOutbox } from './outbox';
export { notificationRoutes } from './routes';
export { sendNotice } from './send';
export { type NoticeText, registerSubject } from './subjects';
