import { asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { ZPlaceCreate } from '../../../shared/places';
import { childLevel, type PlaceLevel } from '../../../shared/roles';
import { place } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { createPlace } from '../places';
import { type Column, LEVEL_NAMES, type SheetRow } from './columns';
import { placesByCode, takenCodes, within } from './refs';
import { type RowErrors, textOf } from './rows';
import { type ExchangeSpec, fieldColumns, type ImportStep } from './spec';

const COLUMNS: readonly Column[] = [
  {
    code: 'code',
    header: '编码',
    isRequired: true,
    isUnique: true,
    schema: ZPlaceCreate.shape.code,
    note: '节点编码，全局唯一，如统计用区划代码；字母、数字、- 和 _',
    width: 18,
  },
  {
    code: 'name',
    header: '名称',
    isRequired: true,
    schema: ZPlaceCreate.shape.name,
    note: '节点名称',
    width: 20,
  },
  { code: 'level', header: '层级', isRequired: true, values: LEVEL_NAMES, note: '须比上级低一级' },
  {
    code: 'parentCode',
    header: '上级编码',
    note: '上级节点的编码：已有节点（在您的管辖范围内）或本表中的另一行，顺序不限；区县留空',
    width: 18,
  },
];

type Parent = { row?: SheetRow; id?: string; name: string; level: PlaceLevel };

/** Places: the tree's nodes; a row's parent may come later in the same file. */
export const placeSpec: ExchangeSpec = {
  kind: 'places',
  title: '节点',
  columns: COLUMNS,
  read: 'place.read',
  write: 'place.write',
  columnOf: fieldColumns({ 'body.code': 'code', 'body.level': 'level', 'body.parentId': 'parentCode' }),
  fallbackColumn: 'parentCode',

  async exportRows(ctx, under) {
    const parent = alias(place, 'parent');
    const rows = await ctx.tx
      .select({ code: place.code, name: place.name, level: place.level, parentCode: parent.code })
      .from(place)
      .leftJoin(parent, eq(parent.id, place.parentId))
      .where(within(place.path, under))
      .orderBy(sql`nlevel(${place.path})`, asc(place.sort), asc(place.code));
    return rows.map((r) => ({
      code: r.code,
      name: r.name,
      level: LEVEL_NAMES[r.level as PlaceLevel] ?? r.level,
      parentCode: r.parentCode ?? '',
    }));
  },

  async plan(ctx, _services, rows, errors) {
    const inFile = new Map<string, SheetRow>();
    for (const r of rows) {
      const code = textOf(r, 'code');
      if (code && !inFile.has(code)) {
        inFile.set(code, r);
      }
    }
    const taken = await takenCodes(ctx, 'place', inFile.keys());
    for (const [code, r] of inFile) {
      if (taken.has(code)) {
        errors.add(r.row, 'code', 'code_taken', { code });
      }
    }
    const parentCodes = rows.flatMap((r) => textOf(r, 'parentCode') ?? []).filter((c) => !inFile.has(c));
    const known = await placesByCode(ctx, parentCodes);
    const parentOf = (r: SheetRow): Parent | null | undefined => {
      const code = textOf(r, 'parentCode');
      if (!code) {
        return null;
      }
      const fileRow = inFile.get(code);
      if (fileRow) {
        const level = textOf(fileRow, 'level') as PlaceLevel | undefined;
        return level ? { row: fileRow, name: textOf(fileRow, 'name') ?? code, level } : undefined;
      }
      const dbRow = known.get(code);
      if (!dbRow) {
        errors.add(r.row, 'parentCode', 'import_code_not_found', { code });
        return undefined;
      }
      return { id: dbRow.id, name: dbRow.name, level: dbRow.level as PlaceLevel };
    };
    const parents = new Map(rows.map((r) => [r, parentOf(r)]));
    for (const [r, parent] of parents) {
      checkLevel(r, parent, errors);
    }
    // Ids of the places this import writes, for their children's rows.
    const ids = new Map<SheetRow, string>();
    return ordered(rows, parents, errors).map((r) => step(r, parents.get(r), ids));
  },
};

function checkLevel(r: SheetRow, parent: Parent | null | undefined, errors: RowErrors): void {
  const level = textOf(r, 'level');
  if (!level || parent === undefined) {
    return;
  }
  if (parent === null) {
    if (level !== 'district') {
      errors.add(r.row, 'parentCode', 'required');
    }
    return;
  }
  const expected = childLevel(parent.level);
  if (level !== expected) {
    errors.add(r.row, 'level', 'level_mismatch', {
      parent: parent.name,
      level: expected ? LEVEL_NAMES[expected] : '-',
    });
  }
}

/** Parents before children; rows on a cycle of parent codes are errors. */
function ordered(
  rows: readonly SheetRow[],
  parents: ReadonlyMap<SheetRow, Parent | null | undefined>,
  errors: RowErrors,
): SheetRow[] {
  const out: SheetRow[] = [];
  const state = new Map<SheetRow, 'visiting' | 'done'>();
  const visit = (r: SheetRow, trail: SheetRow[]): void => {
    if (state.get(r) === 'done') {
      return;
    }
    if (state.get(r) === 'visiting') {
      for (const c of trail.slice(trail.indexOf(r))) {
        errors.add(c.row, 'parentCode', 'import_cycle');
      }
      return;
    }
    state.set(r, 'visiting');
    const parentRow = parents.get(r)?.row;
    if (parentRow) {
      visit(parentRow, [...trail, r]);
    }
    state.set(r, 'done');
    out.push(r);
  };
  for (const r of rows) {
    visit(r, []);
  }
  return out;
}

function step(r: SheetRow, parent: Parent | null | undefined, ids: Map<SheetRow, string>): ImportStep {
  return {
    row: r.row,
    ...(parent?.row ? { after: [parent.row.row] } : {}),
    async run(ctx: Ctx) {
      const parentId = parent ? (parent.id ?? (parent.row && ids.get(parent.row)) ?? null) : null;
      const created = await createPlace(ctx, {
        parentId,
        code: textOf(r, 'code') ?? '',
        name: textOf(r, 'name') ?? '',
        level: textOf(r, 'level') as PlaceLevel,
      });
      ids.set(r, created.id);
    },
  };
}
