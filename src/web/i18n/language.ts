export const LANGUAGES = ['zh-CN', 'en-US'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The language a person chose (remembered), else the first of the browser's preferred languages that we speak
 * (an English browser gets English from the first page), else Chinese.
 */
export function pickLanguage(saved: string | null, preferred: readonly string[]): Language {
  if (saved === 'en-US' || saved === 'zh-CN') {
    return saved;
  }
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) {
      return 'zh-CN';
    }
    if (lower.startsWith('en')) {
      return 'en-US';
    }
  }
  return 'zh-CN';
}
