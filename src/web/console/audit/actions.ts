import { TICKET_ACTIONS } from '../../../shared/tickets';

/**
 * The actions the server writes to the trail (ctx.audit calls), offered as filter choices. The filter is
 * an exact match, so the list saves typing; any other action can still be typed.
 */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.locked',
  'auth.logout',
  'auth.password_changed',
  'auth.password_reset_sms',
  'auth.totp_enabled',
  'account.create',
  'account.update',
  'account.password_reset',
  'account.unlock',
  'account.reveal',
  'account.register',
  'account.profile',
  'place.create',
  'place.update',
  'place.move',
  'place.delete',
  'unit.create',
  'unit.update',
  'unit.delete',
  'station.create',
  'station.update',
  'station.delete',
  'category.create',
  'category.update',
  'security.policy',
  'audit.verify',
  'ticket.create',
  'ticket.photos',
  ...TICKET_ACTIONS.map((a) => `ticket.${a}`),
] as const;

export const AUDIT_TARGETS = [
  'account',
  'place',
  'unit',
  'station',
  'ticket',
  'category',
  'security_policy',
  'audit',
] as const;
