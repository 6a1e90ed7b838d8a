import type { z } from 'zod';
import type { PlaceLevel, Role, UnitKind } from '../../../shared/roles';

/**
 * One column of an exchange sheet: the same table drives the template, the export, parsing and the
 * explanation sheet, so the three kinds share every step but their references and service calls.
 */
export type Column = {
  /** Stable code, used in error paths (`rows.<n>.<code>`). */
  code: string;
  /** The header in the workbook (Chinese, whatever the caller's language: the office's files are). */
  header: string;
  isRequired?: boolean;
  /** Allowed values: code → Chinese name; a cell may hold either. */
  values?: Record<string, string>;
  /** Several values separated by 、 , ， ; or ；. */
  isList?: boolean;
  /** No two rows of one file may share a value. */
  isUnique?: boolean;
  /** Personal data exported masked; a masked cell (with `*`) re-imported counts as empty. */
  isMasked?: boolean;
  /** The cell, once present, must pass this (the API's own field schema). */
  schema?: z.ZodType;
  /** For the explanation sheet. */
  note: string;
  width?: number;
};

/** A sheet's row after the column checks: raw cells for the error workbook, values for the import. */
export type SheetRow = {
  /** The row's number in Excel (the header is row 1). */
  row: number;
  cells: Record<string, string>;
  values: Record<string, string | string[] | undefined>;
};

// Chinese names, as the console shows them (src/web/i18n/zh-CN/common.json).
export const LEVEL_NAMES: Record<PlaceLevel, string> = {
  district: '区县',
  street: '街道/乡镇',
  community: '社区/村',
  compound: '小区',
  grid: '网格',
  building: '楼栋',
};

export const UNIT_KIND_NAMES: Record<UnitKind, string> = {
  department: '职能部门',
  party_org: '党组织',
  property_company: '物业公司',
  volunteer_team: '志愿服务队',
  social_org: '社会组织',
};

export const STAFF_ROLE_NAMES: Record<Exclude<Role, 'resident'>, string> = {
  volunteer: '志愿者',
  grid_worker: '网格员',
  handler: '承办人员',
  community_staff: '社区工作人员',
  street_admin: '街道/乡镇工作人员',
  leader: '领导',
  supervisor: '督查人员',
  sysadmin: '系统管理员',
  secadmin: '安全管理员',
  auditor: '审计管理员',
};

const LIST_SEPARATOR = /[、,，;；]/;

/** The value's code, when `text` is a code or a Chinese name of `values`. */
export function lookupValue(values: Record<string, string>, text: string): string | undefined {
  const wanted = text.trim().toLowerCase();
  return Object.entries(values).find(
    ([code, name]) => code.toLowerCase() === wanted || name === text.trim(),
  )?.[0];
}

export function splitList(text: string): string[] {
  return text
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** What an export writes for a value: the Chinese name of a code, list items joined with 、. */
export function formatCell(column: Column, value: string | string[] | null | undefined): string {
  const items = Array.isArray(value) ? value : value ? [value] : [];
  return items.map((v) => column.values?.[v] ?? v).join('、');
}
