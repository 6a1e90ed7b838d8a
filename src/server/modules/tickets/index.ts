// The module's public entry: other modules, the app and the seed import only what is named here.
import './messages';

export { loadCalendar } from './deadlines';
export { createTicket } from './intake';
export { moveTicket } from './moves';
export { officeTicketRoutes } from './office-routes';
export { ticketPermissions } from './permissions';
export { attachChannelPhotos, MAX_PHOTO_BYTES, MAX_PHOTOS } from './photos';
export { initialOwnerPath } from './relations';
export { getTicketRow } from './repo';
export { ticketRoutes } from './routes';
export { startSweeps } from './sweep';
