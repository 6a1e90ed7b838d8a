// The module's public entry: other modules, the app and the seed import only what is named here.

import { defineModule } from '../../platform/module';
import { exchangeRoutes } from './routes';
import './messages';

export type { Column } from './columns';
export { collectErrors } from './rows';
export { type RawRow, readSheet, writeSheet } from './workbook';

export const exchangeModule = defineModule({
  name: 'exchange',
  routes: [exchangeRoutes],
});
