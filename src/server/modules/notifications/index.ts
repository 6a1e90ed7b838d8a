// The module's public entry: other modules, the app and the seed import only what is named here.
export { startOutbox } from './outbox';
export { notificationRoutes } from './routes';
export { type Notice, sendNotice } from './send';
export {
  type NoticeParams,
  type NoticeTemplate,
  type NoticeText,
  type ProgressFields,
  registerSubject,
  type SubjectDefinition,
} from './subjects';
