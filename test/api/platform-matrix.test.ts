import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSION_TABLE } from '../../src/server/permissions';
import type { Permission } from '../../src/server/platform/permissions';
import type { Role } from '../../src/shared/roles';
import { createTestApp, type TestApp } from '../support/app';
import { type Method, type Operation, readOperations, urlOf } from '../support/openapi';

/**
 * The route × role matrix: every operation of the served OpenAPI document, for every demo role,
 * against the permission table. It reads the document, so routes added later are covered without edits.
 */
const ROLES_BY_ACCOUNT: Record<string, Role[]> = {
  admin: ['sysadmin'],
  secadmin: ['secadmin'],
  auditor: ['auditor'],
  leader: ['leader'],
  street: ['street_admin'],
  community: ['community_staff'],
  handler: ['handler'],
  grid: ['grid_worker'],
  volunteer: ['volunteer'],
  resident: ['resident'],
  anonymous: [],
};
const ACCOUNTS = Object.keys(ROLES_BY_ACCOUNT);

let t: TestApp;
const cookies: Record<string, string> = {};
let operations: Operation[] = [];

beforeAll(async () => {
  t = await createTestApp();
  await Promise.all(
    ACCOUNTS.filter((a) => a !== 'anonymous').map(async (a) => {
      cookies[a] = await t.login(a);
    }),
  );
  operations = await readOperations(t);
});
afterAll(async () => {
  await t?.close();
});

/** What the permission table says: 401 for nobody signed in, 403 for a role without the permission. */
function expectedDenial(permission: string, account: string): 401 | 403 | null {
  if (permission === 'public' || permission === 'optional') {
    return null;
  }
  if (account === 'anonymous') {
    return 401;
  }
  if (permission === 'signed_in' || permission === 'active') {
    return null;
  }
  return PERMISSION_TABLE.can(ROLES_BY_ACCOUNT[account] ?? [], permission as Permission) ? null : 403;
}

async function call(op: Operation, account: string) {
  const res = await t.app.inject({
    method: op.method.toUpperCase() as Uppercase<Method>,
    url: urlOf(op),
    headers: account === 'anonymous' ? {} : { cookie: cookies[account] ?? '' },
    ...(op.jsonBody ? { payload: {} } : {}),
  });
  return res.statusCode;
}

// Sign-out ends every session of the account: it runs after everything else.
const isSignOut = (op: Operation) => op.method === 'post' && op.path === '/api/auth/logout';

describe('route × role matrix', () => {
  it('the served document declares a known requirement on every operation', () => {
    expect(operations.length).toBeGreaterThan(30);
    const known = new Set<string>(['public', 'optional', 'signed_in', 'active', ...PERMISSION_TABLE.names]);
    const undeclared = operations
      .filter((op) => !op.permission || !known.has(op.permission))
      .map((op) => `${op.method.toUpperCase()} ${op.path}: ${op.permission ?? 'no x-permission'}`);
    expect(undeclared).toEqual([]);
  });

  it('every role is allowed or denied exactly as the permission table says', async () => {
    const mismatches: string[] = [];
    const ordered = [...operations.filter((op) => !isSignOut(op)), ...operations.filter(isSignOut)];
    for (const op of ordered) {
      const statuses = await Promise.all(ACCOUNTS.map((account) => call(op, account)));
      ACCOUNTS.forEach((account, i) => {
        const status = statuses[i] ?? 0;
        const denial = expectedDenial(op.permission ?? '', account);
        const ok = denial === null ? status !== 401 && status !== 403 && status < 500 : status === denial;
        if (!ok) {
          mismatches.push(
            `${op.method.toUpperCase()} ${op.path} [${op.permission}] as ${account}: ` +
              `got ${status}, expected ${denial ?? 'not 401/403/5xx'}`,
          );
        }
      });
    }
    expect(mismatches).toEqual([]);
  });
});
