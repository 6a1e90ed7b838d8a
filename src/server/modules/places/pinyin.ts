import { pinyin } from 'pinyin-pro';

/**
 * Matching what a resident types against Chinese names: 府东花园 is found by 府东, by fudong, by fdhy, by
 * fudonghuay (the last syllable half typed) and by any mix of them. A polyphone matches by every reading
 * (长安 by chang'an and by zhang'an), because a name's reading is what its residents say, which no dictionary
 * knows for certain.
 */

/** Per character, the ways it can be typed: itself, and for a Chinese character each reading without tones. */
export type Spelling = string[][];

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;
const readings = new Map<string, string[]>();

function readingsOf(char: string): string[] {
  const known = readings.get(char);
  if (known) {
    return known;
  }
  const found = [char.toLowerCase()];
  if (CJK.test(char)) {
    const [all] = pinyin(char, { type: 'all', toneType: 'none' });
    for (const reading of [all?.pinyin ?? '', ...(all?.polyphonic ?? [])]) {
      // Readings come with tone marks; ü is typed as v on Chinese keyboards, and as u by many.
      const bare = reading.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      const spelled = reading.includes('ü') ? [bare, bare.replace(/u/g, 'v')] : [bare];
      for (const r of spelled) {
        if (r && !found.includes(r)) {
          found.push(r);
        }
      }
    }
  }
  readings.set(char, found);
  return found;
}

/** The spelling of a text, character by character (cached per character: names share most of them). */
export function spell(text: string): Spelling {
  return [...text].map(readingsOf);
}

/** What someone typed, as the words each of which must be found: lower case, split at spaces. */
export function tokens(q: string): string[] {
  return q
    .toLowerCase()
    .split(/[\s,，、/·]+/u)
    .filter(Boolean)
    .slice(0, 6);
}

/**
 * The furthest character (exclusive end) a match of `token` can reach in `spelling`, starting at any character;
 * -1 when it is not found. A character is typed as itself, as its whole syllable or as its initial (zh, ch, sh
 * as one letter or two); the token's last letters may be the beginning of a syllable. One pass forward over
 * (character, letters typed so far): a search runs this for every place, so it allocates nothing per call.
 */
export function furthestEnd(spelling: Spelling, token: string): number {
  const n = spelling.length;
  const m = token.length;
  const width = m + 1;
  if (reach.length < (n + 1) * width) {
    reach = new Uint8Array((n + 1) * width * 2);
  }
  reach.fill(0, 0, (n + 1) * width);
  let best = -1;
  const first = token[0];
  for (let k = 0; k < n; k++) {
    const here = spelling[k] ?? [];
    for (let i = 0; i < m; i++) {
      // Any character may start a match (i = 0); later letters continue one that reached here.
      if (i > 0 ? reach[k * width + i] === 0 : !here.some((r) => r[0] === first)) {
        continue;
      }
      const next = (k + 1) * width;
      for (const r of here) {
        if (r.length >= m - i && r.startsWith(token.slice(i))) {
          best = k + 1;
        } else if (token.startsWith(r, i)) {
          reach[next + i + r.length] = 1;
        }
        if (r.length > 1 && token[i] === r[0]) {
          reach[next + i + 1] = 1;
          if (r[1] === 'h' && token[i + 1] === 'h' && /^[zcs]/.test(r)) {
            reach[next + i + 2] = 1;
          }
        }
      }
    }
    if (reach[(k + 1) * width + m] === 1) {
      best = k + 1;
    }
  }
  return best;
}

let reach = new Uint8Array(256);
