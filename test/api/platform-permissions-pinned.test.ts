import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSION_TABLE } from '../../src/server/permissions';
import type { Permission } from '../../src/server/platform/permissions';
import { ROLES, type Role } from '../../src/shared/roles';
import { createTestApp, type TestApp } from '../support/app';
import { type Operation, readOperations } from '../support/openapi';

// Who may do what, written out by hand, apart from the table the server reads (each module's permissions.ts,
// collected in src/server/permissions.ts) and the routes' own declarations. The route × role test
// (platform-matrix) checks the server's answers against its table; these check the table and the declarations
// against what was decided, so that widening either — a resident given account.read, a route moved from
// account.write to active — turns a test red and has to be meant.

/** Role → permissions (三员分立: the system administrator reads no audit trail, the auditor nothing else). */
const EXPECTED_ROLES = {
  resident: [
    'activity.read',
    'activity.join',
    'service_offering.read',
    'station.nearby',
    'ticket.create',
    'ticket.read',
    'volunteer.apply',
  ],
  volunteer: [
    'activity.read',
    'activity.join',
    'certificate.issue',
    'place.read',
    'service_hour.read',
    'service_offering.read',
    'station.read',
    'team.read',
    'ticket.read',
    'unit.read',
    'volunteer.apply',
    'volunteer.review',
  ],
  grid_worker: [
    'activity.read',
    'activity.join',
    'config.read',
    'place.read',
    'service_hour.read',
    'service_offering.read',
    'station.read',
    'team.read',
    'ticket.create',
    'ticket.export',
    'ticket.read',
    'unit.read',
  ],
  handler: [
    'activity.join',
    'activity.read',
    'config.read',
    'place.read',
    'service_hour.read',
    'service_offering.read',
    'station.read',
    'team.read',
    'ticket.export',
    'ticket.read',
    'unit.read',
  ],
  community_staff: [
    'activity.read',
    'activity.join',
    'activity.write',
    'account.read',
    'account.reveal',
    'certificate.issue',
    'config.read',
    'place.read',
    'place.write',
    'routing.dispatch',
    'routing.read',
    'routing.write',
    'service_hour.confirm',
    'service_hour.read',
    'service_offering.read',
    'service_offering.write',
    'station.book',
    'station.read',
    'station.write',
    'stats.read',
    'team.read',
    'team.write',
    'ticket.create',
    'ticket.export',
    'ticket.export_phones',
    'ticket.read',
    'unit.read',
    'unit.write',
    'volunteer.read',
    'volunteer.review',
  ],
  street_admin: [
    'activity.read',
    'activity.join',
    'activity.write',
    'account.read',
    'account.reveal',
    'certificate.issue',
    'config.read',
    'place.read',
    'place.write',
    'routing.dispatch',
    'routing.read',
    'routing.write',
    'service_hour.confirm',
    'service_hour.read',
    'service_offering.read',
    'service_offering.write',
    'station.book',
    'station.read',
    'station.write',
    'stats.read',
    'team.read',
    'team.write',
    'ticket.create',
    'ticket.export',
    'ticket.export_phones',
    'ticket.read',
    'unit.read',
    'unit.write',
    'volunteer.read',
    'volunteer.review',
  ],
  leader: [
    'activity.read',
    'activity.join',
    'account.read',
    'config.read',
    'place.read',
    'service_hour.read',
    'service_offering.read',
    'station.read',
    'stats.read',
    'team.read',
    'ticket.export',
    'ticket.read',
    'unit.read',
  ],
  supervisor: [
    'activity.read',
    'activity.join',
    'config.read',
    'place.read',
    'service_hour.read',
    'service_offering.read',
    'station.read',
    'stats.read',
    'team.read',
    'ticket.export',
    'ticket.read',
    'unit.read',
  ],
  sysadmin: [
    'account.read',
    'account.reveal',
    'account.write',
    'category.write',
    'config.read',
    'config.write',
    'open311.write',
    'place.read',
    'place.write',
    'routing.read',
    'routing.write',
    'security.read',
    'station.read',
    'station.write',
    'unit.read',
    'unit.write',
  ],
  secadmin: ['security.read', 'security.write'],
  auditor: ['audit.read'],
} as const;

/** Every operation of the API → what it requires (public, optional, signed_in, active, or a permission). */
const EXPECTED_ROUTES: Record<string, string> = {
  'GET /api/activities': 'activity.read',
  'POST /api/activities': 'activity.write',
  'GET /api/activities/{id}': 'activity.read',
  'PUT /api/activities/{id}': 'activity.write',
  'POST /api/activities/{id}/actions': 'activity.write',
  'POST /api/activities/{id}/signups': 'activity.join',
  'DELETE /api/activities/{id}/signups/{signupId}': 'activity.join',
  'GET /api/activities/{id}/attendance': 'activity.write',
  'GET /api/activities/{id}/checkin-code': 'activity.write',
  'GET /api/activities/{id}/checkin-code.png': 'activity.write',
  'POST /api/activities/checkin': 'activity.join',
  'GET /api/activity-signups': 'activity.join',
  'GET /api/teams': 'team.read',
  'GET /api/teams/open': 'volunteer.apply',
  'GET /api/teams/{id}': 'team.read',
  'PUT /api/teams/{id}/profile': 'team.write',
  'POST /api/teams/{id}/leave': 'volunteer.apply',
  'POST /api/volunteer-applications': 'volunteer.apply',
  'GET /api/volunteer-applications': 'volunteer.review',
  'POST /api/volunteer-applications/{id}/approve': 'volunteer.review',
  'POST /api/volunteer-applications/{id}/decline': 'volunteer.review',
  'POST /api/volunteer-applications/{id}/withdraw': 'volunteer.apply',
  'GET /api/volunteers/me': 'volunteer.apply',
  'GET /api/volunteers/{accountId}': 'volunteer.read',
  'POST /api/volunteers/{accountId}/reveal': 'volunteer.read',
  'DELETE /api/auth/wechat/bind': 'active',
  'DELETE /api/deadline-rules/{id}': 'config.write',
  'DELETE /api/open311/keys/{id}': 'open311.write',
  'DELETE /api/places/{id}': 'place.write',
  'DELETE /api/routing/rules/{id}': 'routing.write',
  'DELETE /api/stations/{id}': 'station.write',
  'DELETE /api/tickets/{id}/follow': 'ticket.read',
  'DELETE /api/tickets/{id}/photos/{photoId}': 'ticket.read',
  'DELETE /api/units/{id}': 'unit.write',
  'DELETE /api/work-calendar/days/{day}': 'config.write',
  'GET /api/accounts': 'account.read',
  'GET /api/accounts/{id}': 'account.read',
  'GET /api/audit': 'audit.read',
  'GET /api/auth/me': 'signed_in',
  'GET /api/categories': 'optional',
  'GET /api/certificates/{number}': 'public',
  'GET /api/deadline-rules': 'config.read',
  'GET /api/exchange/accounts/export': 'account.read',
  'GET /api/exchange/accounts/template': 'account.read',
  'GET /api/exchange/places/export': 'place.read',
  'GET /api/exchange/places/template': 'place.read',
  'GET /api/exchange/routing/export': 'routing.read',
  'GET /api/exchange/routing/template': 'routing.read',
  'GET /api/exchange/units/export': 'unit.read',
  'GET /api/exchange/units/template': 'unit.read',
  'GET /api/health': 'public',
  'GET /api/notifications': 'active',
  'GET /api/notifications/preferences': 'active',
  'GET /api/notifications/unread-count': 'active',
  'GET /api/open311/keys': 'open311.write',
  'GET /api/places': 'optional',
  'GET /api/places/search': 'optional',
  'GET /api/places/{id}': 'optional',
  'GET /api/public/wishes': 'optional',
  'GET /api/routing/rules': 'routing.read',
  'GET /api/routing/rules/{id}': 'routing.read',
  'GET /api/security/policy': 'security.read',
  'GET /api/service-hours': 'service_hour.read',
  'GET /api/service-offerings': 'service_offering.read',
  'GET /api/service-offerings/{id}': 'service_offering.read',
  'GET /api/site': 'public',
  'GET /api/stations': 'station.read',
  'GET /api/stations/nearby': 'station.nearby',
  'GET /api/stations/{id}/bookings': 'station.read',
  'GET /api/stations/{id}/photos': 'station.read',
  'GET /api/stations/{id}/photos/{photoId}': 'station.read',
  'POST /api/stations/{id}/contact': 'station.read',
  'POST /api/stations/{id}/photos': 'station.write',
  'DELETE /api/stations/{id}/photos/{photoId}': 'station.write',
  'POST /api/stations/{id}/rooms': 'station.write',
  'PUT /api/stations/{id}/rooms/{roomId}': 'station.write',
  'DELETE /api/stations/{id}/rooms/{roomId}': 'station.write',
  'POST /api/stations/{id}/rooms/{roomId}/bookings': 'station.book',
  'POST /api/stations/{id}/bookings/{bookingId}/cancel': 'station.book',
  'GET /api/stations/{id}': 'station.read',
  'GET /api/stats/definitions': 'stats.read',
  'GET /api/stats/rates': 'stats.read',
  'GET /api/stats/rates/breakdown': 'stats.read',
  'GET /api/stats/rates/export.xlsx': 'stats.read',
  'GET /api/tickets': 'ticket.read',
  'GET /api/tickets/export.xlsx': 'ticket.export',
  'GET /api/tickets/queues': 'ticket.read',
  'GET /api/tickets/similar': 'ticket.create',
  'GET /api/tickets/{id}': 'ticket.read',
  'GET /api/tickets/{id}/dispatch-suggestions': 'routing.dispatch',
  'GET /api/tickets/{id}/photos': 'ticket.read',
  'GET /api/tickets/{id}/photos/{photoId}': 'ticket.read',
  'GET /api/tickets/{id}/similar': 'ticket.read',
  'GET /api/units': 'unit.read',
  'GET /api/units/{id}': 'unit.read',
  'GET /api/volunteers/{accountId}/certificate.pdf': 'certificate.issue',
  'GET /api/work-calendar': 'config.read',
  'GET /api/work-calendar/status': 'config.read',
  'GET /api/work-calendar/{year}/export': 'config.read',
  'GET /open311/v2/discovery.json': 'public',
  'GET /open311/v2/discovery.xml': 'public',
  'GET /open311/v2/requests.json': 'public',
  'GET /open311/v2/requests.xml': 'public',
  'GET /open311/v2/requests/{service_request_id}.json': 'public',
  'GET /open311/v2/requests/{service_request_id}.xml': 'public',
  'GET /open311/v2/servicerequestupdates.json': 'public',
  'GET /open311/v2/servicerequestupdates.xml': 'public',
  'GET /open311/v2/services.json': 'public',
  'GET /open311/v2/services.xml': 'public',
  'GET /open311/v2/services/{service_code}.json': 'public',
  'GET /open311/v2/services/{service_code}.xml': 'public',
  'GET /open311/v2/tokens/{token}.json': 'public',
  'GET /open311/v2/tokens/{token}.xml': 'public',
  'PATCH /api/accounts/{id}': 'account.write',
  'PATCH /api/auth/me': 'active',
  'PATCH /api/places/{id}': 'place.write',
  'PATCH /api/service-offerings/{id}': 'service_offering.write',
  'POST /api/accounts': 'account.write',
  'POST /api/accounts/{id}/password': 'account.write',
  'POST /api/accounts/{id}/reveal': 'account.reveal',
  'POST /api/accounts/{id}/unlock': 'account.write',
  'POST /api/audit/verify': 'audit.read',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'signed_in',
  'POST /api/auth/password': 'signed_in',
  'POST /api/auth/password-reset': 'public',
  'POST /api/auth/register': 'public',
  'POST /api/auth/sms-code': 'public',
  'POST /api/auth/totp/confirm': 'signed_in',
  'POST /api/auth/totp/setup': 'signed_in',
  'POST /api/auth/wechat/bind': 'active',
  'POST /api/categories': 'category.write',
  'POST /api/deadline-rules': 'config.write',
  'POST /api/exchange/accounts/import': 'account.write',
  'POST /api/exchange/places/import': 'place.write',
  'POST /api/exchange/routing/import': 'routing.write',
  'POST /api/exchange/units/import': 'unit.write',
  'POST /api/notifications/read-all': 'active',
  'POST /api/notifications/{id}/read': 'active',
  'POST /api/open311/keys': 'open311.write',
  'POST /api/places': 'place.write',
  'POST /api/places/{id}/move': 'place.write',
  'POST /api/routing/dispatch': 'routing.dispatch',
  'POST /api/routing/rules': 'routing.write',
  'POST /api/routing/suggestions': 'routing.dispatch',
  'POST /api/service-hours/confirm': 'service_hour.confirm',
  'POST /api/service-hours/{id}/confirm': 'service_hour.confirm',
  'POST /api/service-hours/{id}/reverse': 'service_hour.confirm',
  'POST /api/service-offerings': 'service_offering.write',
  'POST /api/stations': 'station.write',
  'POST /api/tickets': 'ticket.create',
  'POST /api/tickets/bulk-actions': 'ticket.read',
  'POST /api/tickets/{id}/actions': 'ticket.read',
  'POST /api/tickets/{id}/contact': 'ticket.read',
  'POST /api/tickets/{id}/photos': 'ticket.read',
  'POST /api/units': 'unit.write',
  'POST /api/work-calendar/{year}/import': 'config.write',
  'POST /open311/v2/requests.json': 'public',
  'POST /open311/v2/requests.xml': 'public',
  'PUT /api/categories/{id}': 'category.write',
  'PUT /api/deadline-rules/{id}': 'config.write',
  'PUT /api/notifications/preferences': 'active',
  'PUT /api/routing/rules/{id}': 'routing.write',
  'PUT /api/security/policy': 'security.write',
  'PUT /api/stations/{id}': 'station.write',
  'PUT /api/tickets/{id}/follow': 'ticket.read',
  'PUT /api/units/{id}': 'unit.write',
  'PUT /api/work-calendar/days/{day}': 'config.write',
  'PUT /api/work-calendar/{year}': 'config.write',
};

describe('the permission table', () => {
  it('gives each role exactly the permissions decided for it', () => {
    const actual = Object.fromEntries(ROLES.map((r) => [r, [...PERMISSION_TABLE.byRole[r]].sort()]));
    expect(actual).toEqual(
      Object.fromEntries(Object.entries(EXPECTED_ROLES).map(([r, p]) => [r, [...p].sort()])),
    );
  });

  it('holds exactly the permissions named here: none unknown, none left undecided', () => {
    const used = new Set<string>(Object.values(EXPECTED_ROLES).flat());
    expect([...PERMISSION_TABLE.names].sort()).toEqual([...used].sort());
  });
});

/** Who may call a route, by the expectations above: everyone, any signed-in account, or these roles. */
function expectedCallers(requirement: string): string | readonly Role[] {
  if (requirement === 'public' || requirement === 'optional') {
    return 'anyone';
  }
  if (requirement === 'signed_in' || requirement === 'active') {
    return 'signed in';
  }
  return ROLES.filter((r) => (EXPECTED_ROLES[r] as readonly string[]).includes(requirement));
}

describe('the routes', () => {
  let t: TestApp;
  let operations: Operation[] = [];
  beforeAll(async () => {
    t = await createTestApp();
    operations = await readOperations(t);
  });
  afterAll(async () => {
    await t?.close();
  });
  const key = (op: Operation) => `${op.method.toUpperCase()} ${op.path}`;

  it('require exactly what was decided, and no route is left out', () => {
    expect(Object.fromEntries(operations.map((op) => [key(op), op.permission]))).toEqual(EXPECTED_ROUTES);
  });

  it('let in exactly the roles decided, for every operation of the served document', () => {
    // The roles the server's own check (the collected table it was built with) lets through.
    const actual = Object.fromEntries(
      operations.map((op) => {
        const requirement = op.permission ?? 'undeclared';
        const callers = ['public', 'optional', 'signed_in', 'active'].includes(requirement)
          ? expectedCallers(requirement)
          : ROLES.filter((r) => t.services.permissions.can([r], requirement as Permission));
        return [key(op), callers];
      }),
    );
    const expected = Object.fromEntries(
      Object.entries(EXPECTED_ROUTES).map(([route, requirement]) => [route, expectedCallers(requirement)]),
    );
    expect(actual).toEqual(expected);
  });
});
