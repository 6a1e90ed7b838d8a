// The module's public entry: other modules, the app and the seed import only what is named here.
import './messages';

export type { Column } from './columns';
export { exchangeRoutes } from './routes';
export { collectErrors } from './rows';
export { type RawRow, readSheet, writeSheet } from './workbook';
