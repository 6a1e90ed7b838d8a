import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

/** What to tell the user about a failure: the server's own words when it sent some. */
export function errorText(error: unknown, fallback: string): string {
  if (error instanceof ApiError) {
    const fields = error.fieldErrors.map((f) => f.message);
    return fields.length > 0 ? `${error.message}：${fields.join('；')}` : error.message;
  }
  return fallback;
}

/**
 * Puts the server's field errors (`body.code`, `body.rows.3`) on the form's fields. Returns true when at
 * least one landed on a field, so the caller only shows a general message for the rest.
 */
export function applyFieldErrors(form: FormInstance, error: unknown, fieldNames: readonly string[]): boolean {
  if (!(error instanceof ApiError)) {
    return false;
  }
  const known = new Set(fieldNames);
  const fields = error.fieldErrors
    .map((f) => ({ name: f.path.split('.').slice(1, 2), message: f.message }))
    .filter((f) => f.name[0] !== undefined && known.has(f.name[0]));
  if (fields.length === 0) {
    return false;
  }
  form.setFields(fields.map((f) => ({ name: f.name, errors: [f.message] })));
  return true;
}
