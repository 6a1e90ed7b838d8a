import type { FormInstance } from 'antd-mobile/es/components/form';
import { ApiError } from '../../api/client';

/**
 * Puts the server's field errors (`body.password` …) next to their fields; returns the message to show
 * above the form when no field took it (wrong password, rate limit, network).
 */
export function showProblem(
  form: FormInstance | null,
  error: unknown,
  fallback: string,
  fieldOf: (path: string) => string | undefined = (path) => path.replace(/^body\./, ''),
): string | null {
  if (!(error instanceof ApiError)) {
    return fallback;
  }
  const byField = new Map<string, string[]>();
  const names = new Set(Object.keys(form?.getFieldsValue(true) ?? {}));
  for (const { path, message } of error.fieldErrors) {
    const name = fieldOf(path);
    if (name && names.has(name)) {
      byField.set(name, [...(byField.get(name) ?? []), message]);
    }
  }
  if (form && byField.size > 0) {
    form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
    return null;
  }
  const detail = error.fieldErrors.map((e) => e.message).join('\n');
  return detail ? `${error.problem.title}\n${detail}` : error.problem.title;
}
