// Chinese text for search and similarity, once for all. Neither PGlite nor PostgreSQL has a Chinese
// parser, so we tokenise here: jieba words (search mode) for precision plus CJK character unigrams and bigrams
// for recall, and hand PostgreSQL a ready `tsvector` / `tsquery` literal. No text-search parser or locale is
// involved, so both databases index and match identically. Near-duplicates use pg_trgm on the raw text, which
// handles CJK the same on both (checked: identical trigrams on PGlite and PostgreSQL 15, C.UTF-8).
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { type SQL, sql } from 'drizzle-orm';

let jieba: Jieba | undefined;
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Jieba's words in search mode, lower-cased, punctuation and spaces dropped. */
export function words(text: string): string[] {
  return segmenter()
    .cutForSearch(text, true)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => WORD_CHAR.test(w));
}

/** Characters and adjacent pairs of every CJK run: 停车难 → 停 车 难 停车 车难. */
export function cjkGrams(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(CJK_RUN) ?? []) {
    const chars = [...run];
    out.push(...chars);
    for (let i = 0; i + 1 < chars.length; i++) {
      out.push(`${chars[i]}${chars[i + 1]}`);
    }
  }
  return out;
}

/** Every lexeme a text is found by. */
export function lexemes(text: string): string[] {
  return [...new Set([...words(text), ...cjkGrams(text)])];
}

function quote(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

export type Weighted = { text: string; weight: 'A' | 'B' | 'C' | 'D' };

/** The `tsvector` literal of weighted parts (title A, body B …): the strongest weight wins per lexeme. */
export function vectorLiteral(parts: Weighted[]): string {
  const best = new Map<string, string>();
  for (const part of parts) {
    for (const lexeme of lexemes(part.text)) {
      const known = best.get(lexeme);
      if (!known || part.weight < known) {
        best.set(lexeme, part.weight);
      }
    }
  }
  return [...best].map(([lexeme, weight]) => `${quote(lexeme)}:1${weight}`).join(' ');
}

/** SQL for a `tsvector` value to store in a search column. */
export function searchVector(parts: Weighted[]): SQL {
  return sql`${vectorLiteral(parts)}::tsvector`;
}

/**
 * The `tsquery` literal for what someone typed: every CJK run must match by its bigrams (or its single
 * character), every other word as a prefix. Returns null when nothing searchable was typed.
 */
export function queryLiteral(q: string): string | null {
  const terms: string[] = [];
  for (const run of q.match(CJK_RUN) ?? []) {
    const chars = [...run];
    if (chars.length === 1) {
      terms.push(quote(run));
    }
    for (let i = 0; i + 1 < chars.length; i++) {
      terms.push(quote(`${chars[i]}${chars[i + 1]}`));
    }
  }
  for (const word of q.replace(CJK_RUN, ' ').toLowerCase().match(WORD) ?? []) {
    terms.push(`${quote(word)}:*`);
  }
  return terms.length > 0 ? [...new Set(terms)].join(' & ') : null;
}

/** SQL for a `tsquery`; a query with nothing searchable matches nothing rather than everything. */
export function searchQuery(q: string): SQL {
  const literal = queryLiteral(q);
  return literal ? sql`${literal}::tsquery` : sql`''::tsquery`;
}

/** `text` for a LIKE pattern: its own percent signs, underscores and backslashes match only themselves. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
