import type { Account } from '../../../shared/accounts';
import type { Role } from '../../../shared/roles';
import type { Vault } from '../../platform/crypto';
import { maskIdNumber, maskPhone } from '../../platform/mask';
import type { AccountRow } from './repo';

/** An account for the console: personal numbers masked, secrets never. */
export function presentAccount(
  row: { a: AccountRow; placeName: string | null },
  unitIds: string[],
  vault: Vault,
  now: Date,
): Account {
  const a = row.a;
  return {
    id: a.id,
    username: a.username,
    displayName: a.displayName,
    kind: a.kind as Account['kind'],
    roles: a.roles as Role[],
    placeId: a.placeId,
    placeName: row.placeName,
    unitIds,
    phone: maskPhone(a.phoneEnc ? vault.decrypt(a.phoneEnc) : null),
    idNumber: maskIdNumber(a.idNumberEnc ? vault.decrypt(a.idNumberEnc) : null),
    groups: a.groups,
    status: a.status as Account['status'],
    isLocked: Boolean(a.lockedUntil && a.lockedUntil > now),
    totpEnabled: a.totpEnabled,
    lastLoginAt: a.lastLoginAt?.toISOString() ?? null,
    createdAt: a.createdAt.toISOString(),
  };
}
