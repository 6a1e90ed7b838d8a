/**
 * Masking for personal information (PIPL, BRIEF §8): used by every presenter that shows a person's contact.
 * Unmasked values leave the server only through an audited reveal.
 */

// The name mask lives with the shared contracts: the web's previews of a public page must mask as we do.
export { maskName } from '../../shared/mask';

/** 13812341234 → 138****1234; landlines keep area code and last 4; short numbers never show whole. */
export function maskPhone(phone: string | null | undefined): string | null {
  const digits = phone?.trim();
  if (!digits) {
    return null;
  }
  if (/^1\d{10}$/.test(digits)) {
    return `${digits.slice(0, 3)}****${digits.slice(7)}`;
  }
  if (digits.length <= 4) {
    return '*'.repeat(digits.length);
  }
  // At least a third hidden (5- and 6-digit numbers used to come out whole), at most 4 kept at each end.
  return keepEnds(digits, Math.max(Math.ceil(digits.length / 3), digits.length - 8));
}

/** `text` with `hidden` middle characters starred: the tail keeps up to 4, the head the rest. */
function keepEnds(text: string, hidden: number): string {
  const tail = Math.min(4, text.length - hidden);
  const head = text.length - hidden - tail;
  return `${text.slice(0, head)}${'*'.repeat(hidden)}${text.slice(text.length - tail)}`;
}

/** 320412199001011234 → 3204**********1234 (region prefix and last four kept, birth date hidden). */
export function maskIdNumber(id: string | null | undefined): string | null {
  const v = id?.trim();
  if (!v) {
    return null;
  }
  if (v.length < 8) {
    return '*'.repeat(v.length);
  }
  // Shorter documents (an 8-character Hong Kong ID, a 9-character passport) keep at most half visible.
  const hidden = Math.max(v.length - 8, Math.ceil(v.length / 2));
  const head = Math.min(4, Math.floor((v.length - hidden) / 2));
  return `${v.slice(0, head)}${'*'.repeat(hidden)}${v.slice(head + hidden)}`;
}
