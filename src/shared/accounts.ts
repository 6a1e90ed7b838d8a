import { z } from 'zod';
import { TEXT_LIMITS } from './limits';
import { ZPhone } from './places';
import { ROLES, STAFF_ROLES } from './roles';

export const ZRole = z.enum(ROLES);
export const ZStaffRole = z.enum(STAFF_ROLES as [string, ...string[]]);

/** `GET /api/auth/me`: the signed-in account (contract with outside tools). */
export const ZMe = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  kind: z.enum(['staff', 'resident']),
  roles: z.array(ZRole),
  placeId: z
    .uuid()
    .nullable()
    .describe('The node a staff account serves, or a resident home; null = whole tree'),
  placeName: z.string().nullable(),
  unitIds: z.array(z.uuid()).describe('Units this account works for'),
  phone: z.string().nullable().describe('Masked'),
  mustChangePassword: z.boolean(),
  totpEnabled: z.boolean(),
  totpRequired: z.boolean().describe('The security policy requires a second factor for one of these roles'),
  permissions: z.array(z.string()).describe('What this account may do; the UI shows menus from it'),
  wechatBound: z.boolean().describe('A WeChat openid is bound: ticket news go there as template messages'),
  wechatAppId: z
    .string()
    .nullable()
    .describe('The official account to start the WeChat OAuth redirect with; null = WeChat not configured'),
  wechatDevBinding: z
    .boolean()
    .describe(
      'WeChat is not configured and this is not production: bind with devOpenid (development adapter)',
    ),
});
export type Me = z.infer<typeof ZMe>;

/** A six-digit one-time code (SMS or authenticator app); its message says 验证码, not the 编码 of other `code`s. */
const ZOneTimeCode = z.string({ error: 'one_time_code' }).regex(/^\d{6}$/, 'one_time_code');

export const ZLogin = z.object({
  username: z
    .string()
    .trim()
    .min(1)
    .max(TEXT_LIMITS.signInName.max)
    .describe('Username, or a resident phone number'),
  password: z.string().min(1).max(TEXT_LIMITS.password.max),
  totp: ZOneTimeCode.optional().describe('Six-digit code, when the account has a second factor'),
});

export const ZPassword = z.string().max(TEXT_LIMITS.password.max);
export const ZPasswordChange = z.object({
  currentPassword: z.string().max(TEXT_LIMITS.password.max),
  newPassword: ZPassword,
});

export const ZSmsRequest = z.object({ phone: ZPhone, purpose: z.enum(['register', 'reset']) });
export const ZRegister = z.object({
  phone: ZPhone,
  code: ZOneTimeCode,
  password: ZPassword,
  displayName: z.string().trim().min(1).max(TEXT_LIMITS.personName.max),
  homePlaceId: z.uuid().optional().describe('Where the resident lives, down to the building'),
});
export const ZPasswordReset = z.object({
  phone: ZPhone,
  code: ZOneTimeCode,
  newPassword: ZPassword,
});

export const ZProfileUpdate = z.object({
  displayName: z.string().trim().min(1).max(TEXT_LIMITS.personName.max).optional(),
  homePlaceId: z.uuid().optional().describe('Residents only'),
});

/**
 * The groups a resident belongs to (一老一小, 三类群体), as the community records them: offerings for a group
 * (上门助老 for the elderly) take orders from its members, or from staff ordering on someone's behalf.
 */
export const RESIDENT_GROUPS = ['elderly', 'children', 'disabled', 'low_income'] as const;
export type ResidentGroup = (typeof RESIDENT_GROUPS)[number];
export const ZResidentGroups = z.object({
  groups: z.array(z.enum(RESIDENT_GROUPS)).max(RESIDENT_GROUPS.length).describe('Replaces the groups'),
});

/** An account as the console lists it. */
export const ZAccount = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  kind: z.enum(['staff', 'resident']),
  roles: z.array(ZRole),
  placeId: z.uuid().nullable(),
  placeName: z.string().nullable(),
  unitIds: z.array(z.uuid()),
  phone: z.string().nullable().describe('Masked'),
  idNumber: z.string().nullable().describe('Masked'),
  groups: z.array(z.enum(RESIDENT_GROUPS)).describe('Residents: the groups the community recorded'),
  status: z.enum(['active', 'disabled']),
  isLocked: z.boolean(),
  totpEnabled: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Account = z.infer<typeof ZAccount>;

export const ZAccountCreate = z.object({
  username: z
    .string()
    .trim()
    .min(TEXT_LIMITS.username.min)
    .max(TEXT_LIMITS.username.max)
    .regex(/^[a-z][a-z0-9_.-]*$/, 'format_username'),
  displayName: z.string().trim().min(1).max(TEXT_LIMITS.personName.max),
  roles: z.array(ZStaffRole).min(1).max(5),
  placeId: z.uuid().nullable().describe('null = whole tree (only for sysadmin, secadmin, auditor)'),
  unitIds: z.array(z.uuid()).max(10).default([]),
  phone: ZPhone.optional(),
  idNumber: z
    .string()
    .trim()
    .regex(/^\d{17}[\dXx]$/, 'format_id_number')
    .optional(),
  password: ZPassword.describe('Initial password; the account must change it at first sign-in'),
});
export const ZAccountUpdate = ZAccountCreate.omit({ username: true, password: true })
  .partial()
  .extend({ status: z.enum(['active', 'disabled']).optional() });
export const ZAccountListQuery = z.object({
  placeId: z.uuid().optional().describe('Accounts in this subtree'),
  role: ZRole.optional(),
  kind: z.enum(['staff', 'resident']).optional(),
  q: z.string().trim().max(TEXT_LIMITS.listSearch.max).optional(),
});
export const ZPasswordResetByAdmin = z.object({ newPassword: ZPassword });
export const ZRevealed = z.object({ phone: z.string().nullable(), idNumber: z.string().nullable() });

export const ZWechatBind = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .max(512)
    .optional()
    .describe('The OAuth web-authorisation code (snsapi_base)'),
  devOpenid: z
    .string()
    .regex(/^[\w-]{1,64}$/)
    .optional()
    .describe('Development only (WeChat not configured, not production): bind this openid as is'),
});

export const ZTotpSetup = z.object({ secret: z.string(), otpauthUrl: z.string() });
export const ZTotpConfirm = z.object({ code: ZOneTimeCode });

/** The security administrator's policy (等保): one document. */
export const ZSecurityPolicy = z.object({
  passwordMinLength: z.number().int().min(8).max(64),
  passwordMinClasses: z.number().int().min(3).max(4),
  maxFailedLogins: z.number().int().min(3).max(20),
  lockMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  sessionIdleMinutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60),
  totpRequiredRoles: z.array(ZStaffRole),
});
export type SecurityPolicy = z.infer<typeof ZSecurityPolicy>;
