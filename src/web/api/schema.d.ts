// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

import type { paths as accountsPaths } from './schema/accounts';
import type { paths as auditPaths } from './schema/audit';
import type { paths as authPaths } from './schema/auth';
import type { paths as categoriesPaths } from './schema/categories';
import type { paths as deadlinesPaths } from './schema/deadlines';
import type { paths as exchangePaths } from './schema/exchange';
import type { paths as notificationsPaths } from './schema/notifications';
import type { paths as open311Paths } from './schema/open311';
import type { paths as placesPaths } from './schema/places';
import type { paths as publicPaths } from './schema/public';
import type { paths as routingPaths } from './schema/routing';
import type { paths as securityPaths } from './schema/security';
import type { paths as stationsPaths } from './schema/stations';
import type { paths as statsPaths } from './schema/stats';
import type { paths as systemPaths } from './schema/system';
import type { paths as ticketsPaths } from './schema/tickets';
import type { paths as unitsPaths } from './schema/units';

/** Every path of the API: the use cases' own, joined. */
export type paths = accountsPaths & auditPaths & authPaths & categoriesPaths & deadlinesPaths & exchangePaths & notificationsPaths & open311Paths & placesPaths & publicPaths & routingPaths & securityPaths & stationsPaths & statsPaths & systemPaths & ticketsPaths & unitsPaths;
