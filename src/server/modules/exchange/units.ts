import { asc, eq } from 'drizzle-orm';
import { ZUnitInput } from '../../../shared/places';
import type { UnitKind } from '../../../shared/roles';
import { place, unit } from '../../db/schema';
import { maskPhone } from '../../platform/mask';
import { createUnit } from '../units';
import { type Column, UNIT_KIND_NAMES } from './columns';
import { placesByCode, takenCodes, within } from './refs';
import { textOf } from './rows';
import { type ExchangeSpec, fieldColumns } from './spec';

const COLUMNS: readonly Column[] = [
  {
    code: 'placeCode',
    header: '挂靠节点编码',
    isRequired: true,
    note: '单位挂靠的节点编码（在您的管辖范围内）',
    width: 18,
  },
  { code: 'kind', header: '类型', isRequired: true, values: UNIT_KIND_NAMES, note: '单位类型' },
  {
    code: 'name',
    header: '名称',
    isRequired: true,
    schema: ZUnitInput.shape.name,
    note: '单位名称',
    width: 24,
  },
  {
    code: 'code',
    header: '编码',
    isUnique: true,
    schema: ZUnitInput.shape.code,
    note: '可选，全局唯一；填写后可在账号表的“所属单位”中引用',
  },
  { code: 'contactName', header: '联系人', schema: ZUnitInput.shape.contactName, note: '可选' },
  {
    code: 'phone',
    header: '电话',
    isMasked: true,
    schema: ZUnitInput.shape.phone,
    note: '可选，手机或座机；导出时已脱敏，原样导回时忽略',
    width: 16,
  },
  { code: 'description', header: '说明', schema: ZUnitInput.shape.description, note: '可选', width: 30 },
];

/** Responsible units, each on a place the caller serves. */
export const unitSpec: ExchangeSpec = {
  kind: 'units',
  title: '单位',
  columns: COLUMNS,
  read: 'unit.read',
  write: 'unit.write',
  columnOf: fieldColumns({
    'body.placeId': 'placeCode',
    'body.kind': 'kind',
    'body.name': 'name',
    'body.code': 'code',
    'body.phone': 'phone',
  }),
  fallbackColumn: 'placeCode',

  async exportRows(ctx, under) {
    // Only units on the caller's subtree: those above it serve them but are not theirs to re-import.
    const rows = await ctx.tx
      .select({ u: unit, placeCode: place.code })
      .from(unit)
      .innerJoin(place, eq(place.id, unit.placeId))
      .where(within(unit.placePath, under))
      .orderBy(asc(place.code), asc(unit.name));
    return rows.map(({ u, placeCode }) => ({
      placeCode,
      kind: UNIT_KIND_NAMES[u.kind as UnitKind] ?? u.kind,
      name: u.name,
      code: u.code ?? '',
      contactName: u.contactName ?? '',
      phone: maskPhone(u.phoneEnc ? ctx.vault.decrypt(u.phoneEnc) : null) ?? '',
      description: u.description ?? '',
    }));
  },

  async plan(ctx, _services, rows, errors) {
    const places = await placesByCode(
      ctx,
      rows.flatMap((r) => textOf(r, 'placeCode') ?? []),
    );
    const taken = await takenCodes(
      ctx,
      'unit',
      rows.flatMap((r) => textOf(r, 'code') ?? []),
    );
    return rows.flatMap((r) => {
      const code = textOf(r, 'code');
      if (code && taken.has(code)) {
        errors.add(r.row, 'code', 'code_taken', { code });
      }
      const placeCode = textOf(r, 'placeCode');
      const home = placeCode ? places.get(placeCode) : undefined;
      if (placeCode && !home) {
        errors.add(r.row, 'placeCode', 'import_code_not_found', { code: placeCode });
      }
      if (!home) {
        return [];
      }
      const optional = (column: string) => {
        const v = textOf(r, column);
        return v ? { [column]: v } : {};
      };
      return [
        {
          row: r.row,
          run: async (ctx) => {
            await createUnit(ctx, {
              placeId: home.id,
              kind: textOf(r, 'kind') as UnitKind,
              name: textOf(r, 'name') ?? '',
              ...optional('code'),
              ...optional('contactName'),
              ...optional('phone'),
              ...optional('description'),
            });
          },
        },
      ];
    });
  },
};
