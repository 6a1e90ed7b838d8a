/**
 * The name mask public pages use (PIPL, BRIEF §8), here so that a preview on the phone or the desk masks a name
 * exactly as the server does (src/server/platform/mask.ts re-exports it with the other masks).
 */

/** 张三丰 → 张**, Alice → A****: for public pages. */
export function maskName(name: string | null | undefined): string | null {
  const chars = [...(name?.trim() ?? '')];
  if (chars.length === 0) {
    return null;
  }
  if (chars.length === 1) {
    return `${chars[0]}*`;
  }
  return `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}
