import { and, asc, eq, inArray } from 'drizzle-orm';
import { ZAccountCreate } from '../../../shared/accounts';
import { ZPhone } from '../../../shared/places';
import type { Role } from '../../../shared/roles';
import { account, accountUnit, place, unit } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { maskPhone } from '../../platform/mask';
import { createAccount } from '../accounts';
import { type Column, formatCell, STAFF_ROLE_NAMES } from './columns';
import { placesByCode, unitsByCode, within } from './refs';
import { listOf, textOf } from './rows';
import { type ExchangeSpec, fieldColumns } from './spec';

const COLUMNS: readonly Column[] = [
  {
    code: 'username',
    header: '用户名',
    isRequired: true,
    isUnique: true,
    schema: ZAccountCreate.shape.username,
    note: '登录名：小写字母开头，小写字母、数字、. _ -',
  },
  {
    code: 'displayName',
    header: '姓名',
    isRequired: true,
    schema: ZAccountCreate.shape.displayName,
    note: '',
  },
  {
    code: 'roles',
    header: '角色',
    isRequired: true,
    isList: true,
    values: STAFF_ROLE_NAMES,
    note: '可填多个，用顿号分隔；系统、安全、审计管理员须单独成号（三员分立）',
    width: 20,
  },
  {
    code: 'placeCode',
    header: '节点编码',
    note: '账号服务的节点编码（在您的管辖范围内）；只有三员可以留空（全域）',
    width: 18,
  },
  {
    code: 'phone',
    header: '手机',
    isUnique: true,
    isMasked: true,
    schema: ZPhone,
    note: '可选；导出时已脱敏，原样导回时忽略',
    width: 16,
  },
  {
    code: 'password',
    header: '初始密码',
    isRequired: true,
    note: '须符合密码策略；首次登录时必须修改。导出时为空',
    width: 16,
  },
  {
    code: 'units',
    header: '所属单位',
    isList: true,
    note: '可选，单位编码，多个用顿号分隔',
    width: 20,
  },
];

/** Staff accounts (residents register themselves). */
export const accountSpec: ExchangeSpec = {
  kind: 'accounts',
  title: '账号',
  columns: COLUMNS,
  read: 'account.read',
  write: 'account.write',
  columnOf: fieldColumns({
    'body.username': 'username',
    'body.displayName': 'displayName',
    'body.roles': 'roles',
    'body.placeId': 'placeCode',
    'body.phone': 'phone',
    'body.password': 'password',
    'body.unitIds': 'units',
  }),
  fallbackColumn: 'placeCode',

  async exportRows(ctx, under) {
    const rows = await ctx.tx
      .select({ a: account, placeCode: place.code })
      .from(account)
      .leftJoin(place, eq(place.id, account.placeId))
      .where(and(eq(account.kind, 'staff'), within(account.placePath, under)))
      .orderBy(asc(account.username));
    const units = await unitCodes(
      ctx,
      rows.map((r) => r.a.id),
    );
    const roles = COLUMNS[2] as Column;
    return rows.map(({ a, placeCode }) => ({
      username: a.username,
      displayName: a.displayName,
      roles: formatCell(roles, a.roles),
      placeCode: placeCode ?? '',
      phone: maskPhone(a.phoneEnc ? ctx.vault.decrypt(a.phoneEnc) : null) ?? '',
      password: '',
      units: (units.get(a.id) ?? []).join('、'),
    }));
  },

  async plan(ctx, services, rows, errors) {
    const places = await placesByCode(
      ctx,
      rows.flatMap((r) => textOf(r, 'placeCode') ?? []),
    );
    const units = await unitsByCode(
      ctx,
      rows.flatMap((r) => listOf(r, 'units')),
    );
    return rows.flatMap((r) => {
      const placeCode = textOf(r, 'placeCode');
      const home = placeCode ? places.get(placeCode) : undefined;
      if (placeCode && !home) {
        errors.add(r.row, 'placeCode', 'import_code_not_found', { code: placeCode });
      }
      const unitIds = listOf(r, 'units').flatMap((code) => {
        const id = units.get(code);
        if (!id) {
          errors.add(r.row, 'units', 'import_code_not_found', { code });
        }
        return id ?? [];
      });
      const phone = textOf(r, 'phone');
      return [
        {
          row: r.row,
          run: async (ctx: Ctx) => {
            await createAccount(ctx, services, {
              username: textOf(r, 'username') ?? '',
              displayName: textOf(r, 'displayName') ?? '',
              roles: listOf(r, 'roles') as Role[],
              placeId: home?.id ?? null,
              unitIds,
              password: textOf(r, 'password') ?? '',
              ...(phone ? { phone } : {}),
            });
          },
        },
      ];
    });
  },
};

/** Codes of the units each account works for. */
async function unitCodes(ctx: Ctx, accountIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (accountIds.length === 0) {
    return map;
  }
  const rows = await ctx.tx
    .select({ accountId: accountUnit.accountId, code: unit.code })
    .from(accountUnit)
    .innerJoin(unit, eq(unit.id, accountUnit.unitId))
    .where(inArray(accountUnit.accountId, accountIds));
  for (const r of rows) {
    if (r.code) {
      map.set(r.accountId, [...(map.get(r.accountId) ?? []), r.code]);
    }
  }
  return map;
}
