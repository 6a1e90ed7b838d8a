import { type Actor, scopeOf } from './context';
import { type Grants, isGranted } from './permissions';
import { isWithin } from './scope';

/**
 * The caller acts as the office over a place: staff holding `permission` of the module's own declaration whose
 * subtree holds `placePath`. Modules decide per row with it (who confirms hours, keeps an offering, runs an
 * activity, decides a team's applications, issues a certificate), so holding the role somewhere else, or being
 * a volunteer of that place, never counts.
 */
export function isOfficeOver<P extends string>(
  actor: Actor,
  placePath: string | null,
  grants: Grants<P>,
  permission: P,
): boolean {
  return (
    actor.kind === 'staff' &&
    isGranted(grants, actor.roles, permission) &&
    isWithin(placePath, scopeOf(actor))
  );
}
