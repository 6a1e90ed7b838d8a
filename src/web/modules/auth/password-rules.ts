import type { TFunction } from 'i18next';

/**
 * The password policy as the resident reads it. The security administrator may tighten it; the server is
 * the judge and names the rule that failed, so this is a hint and a first check, never the rule itself.
 */
export const DEFAULT_POLICY = { minLength: 8, minClasses: 3 };

export function passwordClasses(password: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
}

export function passwordRule(t: TFunction<'auth'>) {
  return {
    validator: async (_: unknown, value: string | undefined) => {
      const password = value ?? '';
      if ([...password].length < DEFAULT_POLICY.minLength) {
        throw new Error(t('phone.password.tooShort', { min: DEFAULT_POLICY.minLength }));
      }
      if (passwordClasses(password) < DEFAULT_POLICY.minClasses) {
        throw new Error(t('phone.password.tooSimple', { classes: DEFAULT_POLICY.minClasses }));
      }
    },
  };
}

export function passwordHint(t: TFunction<'auth'>): string {
  return t('phone.password.policy', DEFAULT_POLICY);
}
