import type { Activity, Signup } from '../../../shared/activities';
import { ACTIVITY_WORKFLOW } from '../../../shared/activity-workflow';
import { actionsFrom } from '../../../shared/workflow';
import type { Actor } from '../../platform/context';
import { maskPhone } from '../../platform/mask';
import { isOfficeOver } from '../../platform/office';
import { w3cIn } from '../../platform/time-zone';
import { activityPermissions } from './permissions';
import type { ActivityWithNames, SignupRow } from './repo';

/** Whether the caller runs this activity: an office whose subtree holds it (the `organiser` of the workflow). */
export function isOrganiser(actor: Actor, placePath: string): boolean {
  return isOfficeOver(actor, placePath, activityPermissions, 'activity.write');
}

export function presentActivity(
  actor: Actor,
  zone: string,
  row: ActivityWithNames,
  mine: Activity['mySignup'],
): Activity {
  const a = row.a;
  const allowed: Activity['allowedActions'] = [];
  if (isOrganiser(actor, a.placePath)) {
    allowed.push('attendance');
    if (a.state === 'planned') {
      allowed.push('edit', 'signup_others', ...actionsFrom(ACTIVITY_WORKFLOW, a.state));
    }
  }
  return {
    id: a.id,
    kind: a.kind,
    title: a.title,
    description: a.description,
    placeId: a.placeId,
    placeName: row.placeName,
    stationId: a.stationId,
    stationName: row.stationName,
    room: a.room,
    unitId: a.unitId,
    unitName: row.unitName,
    organiserName: a.organiserName,
    startsAt: w3cIn(zone, a.startsAt),
    endsAt: w3cIn(zone, a.endsAt),
    state: a.state,
    seriesId: a.seriesId,
    capacity: a.capacity,
    confirmedCount: a.confirmedCount,
    waitlistCount: a.waitlistCount,
    peopleServed: a.peopleServed,
    summary: a.summary,
    mySignup: mine,
    allowedActions: allowed,
  };
}

export function presentSignup(
  zone: string,
  s: SignupRow & { waitlistPosition: number | null },
  phone: string | null,
  minutes: number,
): Signup {
  return {
    id: s.id,
    activityId: s.activityId,
    status: s.status,
    waitlistPosition: s.waitlistPosition,
    name: s.name,
    phone: maskPhone(phone),
    isSelf: s.accountId !== null && s.addedBy === s.accountId,
    signedUpAt: w3cIn(zone, s.createdAt),
    checkedInAt: s.checkedInAt ? w3cIn(zone, s.checkedInAt) : null,
    checkedOutAt: s.checkedOutAt ? w3cIn(zone, s.checkedOutAt) : null,
    autoClosed: s.autoClosed,
    minutes,
  };
}
