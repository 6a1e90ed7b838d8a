import i18n from 'i18next';
import { type TextLimit, textLength } from '../../shared/limits';

// A text field with a limit (shared/limits.ts, the numbers the API checks) never cuts what was typed or pasted:
// it counts (23 / 100), says plainly when the text is over and by how much, and the form does not submit until
// it is fixed. The rule serves both faces (antd and antd-mobile forms take the same rules); `counted` is antd's
// counter, the phone's is mobile/ui/limited-text.tsx.

function amount(n: number): string {
  return i18n.language === 'en-US' ? n.toLocaleString('en-US') : String(n);
}

/**
 * The form rule of a limited text: too long says "标题最多 100 个字，已超出 4900 个字"; too short (when the limit
 * has a minimum) "标题至少 2 个字". `label` names the field in the message (a noun, as the form shows it);
 * without one the message stands under its field alone ("最多 100 个字…"). Empty text is for `required` to judge.
 */
export function limitRule(limit: TextLimit, label?: string) {
  return {
    validator: async (_rule: unknown, value: unknown) => {
      const length = typeof value === 'string' ? textLength(value) : 0;
      if (length > limit.max) {
        const numbers = { max: amount(limit.max), over: amount(length - limit.max) };
        throw new Error(
          label ? i18n.t('textLimit.over', { ...numbers, label }) : i18n.t('textLimit.overUnnamed', numbers),
        );
      }
      if (limit.min !== undefined && length > 0 && length < limit.min) {
        const numbers = { min: amount(limit.min) };
        throw new Error(
          label
            ? i18n.t('textLimit.short', { ...numbers, label })
            : i18n.t('textLimit.shortUnnamed', numbers),
        );
      }
    },
  };
}

/**
 * Props for antd's Input and Input.TextArea: a counter (23 / 100) that turns red past the limit, never cutting.
 * `isQuiet` (search boxes in a filter row) shows it only from 80 % of the limit on.
 */
export function counted(limit: TextLimit, isQuiet = false) {
  return {
    count: {
      show: true,
      max: limit.max,
      strategy: textLength,
      ...(isQuiet
        ? {
            showFormatter: ({ count }: { count: number }) =>
              count > limit.max * 0.8 ? `${count} / ${limit.max}` : '',
          }
        : {}),
    },
  };
}
