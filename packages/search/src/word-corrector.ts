import { z } from 'zod';

/**
 * Typo correction for the PostgreSQL adapter, word by word against the index's vocabulary
 * (search.word: every folded word of its documents, with the number of documents holding it).
 * Only used when a query matches nothing: each unknown query word is replaced by its closest
 * known words, and the word search runs again with those alternatives (OR within a
 * word, AND across words), so "dao dong dieu hao" finds "dao động điều hoà".
 *
 * Closest: first the known words one edit away (Norvig: every deletion, transposition,
 * substitution and insertion of the word, probed on the word table's primary key: a few hundred
 * index lookups, exact, whatever the vocabulary size; trigram similarity misses short words, e.g.
 * similarity('hao', 'hoa') is 0.14), transpositions first, then by document count; then words
 * trigram-similar to it (pg_trgm `%`, for two or more edits in a longer word), by similarity.
 */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** Alternatives kept per unknown query word. */
const MAX_ALTERNATIVES = 3;
/** Shorter words are not corrected (too many neighbours); longer ones by trigrams only. */
const MIN_CORRECTED_LENGTH = 3;
const MAX_EDITED_LENGTH = 20;
/** Beyond these, words are kept as typed: a long query is rarely all typos. */
const MAX_CORRECTED_WORDS = 6;
/** What may reach a tsquery unquoted (query words are letters and digits only, too). */
const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;

/** Every string one edit (delete, transpose, replace, insert) away from `word`, word excluded. */
export function oneEditAway(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail.length > 0) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail.charAt(1) + tail.charAt(0) + tail.slice(2));
    for (const c of ALPHABET) {
      if (tail.length > 0) out.add(head + c + tail.slice(1));
      out.add(head + c + tail);
    }
  }
  out.delete(word);
  return [...out];
}

const isTransposition = (a: string, b: string) => {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === (diff[0] ?? 0) + 1 && a[diff[0] ?? 0] === b[diff[1] ?? 0];
};

/**
 * Strings two edits from `word` that a typist makes: every second edit after a deletion or a
 * transposition, and every deletion after any edit ("hcoj" -> "hocj" -> "hoc"). Two substitutions
 * or two insertions are left to the trigram lookup: generating them probes tens of thousands of
 * strings. Words of four letters get only those starting with a transposition.
 */
export function twoEditsAway(word: string): string[] {
  const out = new Set<string>();
  const transposed = transpositions(word);
  if (word.length >= MIN_TWO_EDITS_LENGTH) {
    for (let i = 0; i < word.length; i++) {
      for (const second of oneEditAway(word.slice(0, i) + word.slice(i + 1))) out.add(second);
    }
    for (const first of oneEditAway(word)) {
      for (let i = 0; i < first.length; i++) out.add(first.slice(0, i) + first.slice(i + 1));
    }
  }
  if (word.length >= MIN_TWO_EDITS_LENGTH - 1) {
    for (const first of transposed) for (const second of oneEditAway(first)) out.add(second);
  }
  out.delete(word);
  return [...out];
}

function transpositions(word: string): string[] {
  return Array.from(
    { length: Math.max(word.length - 1, 0) },
    (_, i) => word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2),
  ).filter((swapped) => swapped !== word);
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), capped at limit + 1. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      }
      current.push(best);
    }
    [before, previous] = [previous, current];
  }
  return Math.min(previous[b.length] ?? limit + 1, limit + 1);
}

/**
 * A word typed with the keyboard left in English mode keeps its Telex tone key at the end
 * ("hocj" for "học"): s, f, r, x or j, letters no Vietnamese syllable ends with. Dropping it is the
 * likeliest edit of an unknown word that ends with one.
 */
function telexToneless(word: string): string | undefined {
  return word.length >= MIN_CORRECTED_LENGTH + 1 && /[aeiouycghmnpt][sfrxj]$/.test(word)
    ? word.slice(0, -1)
    : undefined;
}

/** Typed words that may be two edits from a known one ("hinh hcoj" finds "hình học"). */
const MIN_TWO_EDITS_LENGTH = 5;

/**
 * Query words with no known word equal to or one edit from them, and long enough for two edits:
 * they get a second, wider probe (twoEditsAway), so a one-edit query costs what it did.
 */
export function wordsNeedingTwoEdits(words: string[], found: CorrectionRow[]): number[] {
  return words.flatMap((word, n) => {
    if (n >= MAX_CORRECTED_WORDS || word.length < MIN_TWO_EDITS_LENGTH - 1 || word.length > MAX_EDITED_LENGTH)
      return [];
    const near = new Set(oneEditAway(word));
    const close = found.some((row) => row.n === n && (row.word === word || near.has(row.word)));
    return close ? [] : [n];
  });
}

export interface CorrectionQuery {
  sql: string;
  params: unknown[];
}

/**
 * One statement: for each query word, the known words equal to it, one edit away from it, or
 * trigram-similar to it (top 10), with their document counts and similarity.
 */
export function correctionStatement(wordTable: string, indexName: string, words: string[]): CorrectionQuery {
  const input = words.slice(0, MAX_CORRECTED_WORDS).map((word, n) => ({
    n,
    word,
    variants:
      word.length >= MIN_CORRECTED_LENGTH && word.length <= MAX_EDITED_LENGTH ? oneEditAway(word) : [],
    trigrams: word.length >= MIN_CORRECTED_LENGTH,
  }));
  return probeStatement(wordTable, indexName, input);
}

/** The same lookup for the words `wordsNeedingTwoEdits` names, with their two-edit strings, no trigrams. */
export function twoEditStatement(
  wordTable: string,
  indexName: string,
  words: string[],
  positions: number[],
): CorrectionQuery {
  const input = positions.map((n) => {
    const word = words[n] ?? '';
    return { n, word, variants: twoEditsAway(word), trigrams: false };
  });
  return probeStatement(wordTable, indexName, input);
}

function probeStatement(
  wordTable: string,
  indexName: string,
  input: { n: number; word: string; variants: string[]; trigrams: boolean }[],
): CorrectionQuery {
  const sql = `SELECT q.n, w.word, w.documents, similarity(w.word, q.word)::float8 AS similarity
FROM jsonb_to_recordset($2::jsonb) AS q(n int, word text, variants text[], trigrams boolean)
CROSS JOIN LATERAL (
  SELECT k.word, k.documents FROM ${wordTable} k
  WHERE k.index_name = $1 AND k.documents > 0 AND (k.word = q.word OR k.word = ANY(q.variants))
  UNION
  (SELECT k.word, k.documents FROM ${wordTable} k
  WHERE q.trigrams AND k.index_name = $1 AND k.documents > 0 AND k.word % q.word
  ORDER BY similarity(k.word, q.word) DESC, k.documents DESC LIMIT 10)
) w`;
  return { sql, params: [indexName, JSON.stringify(input)] };
}

/** One row of correctionStatement and twoEditStatement: a known word near query word n. */
export const correctionRowSchema = z.object({
  n: z.number(),
  word: z.string(),
  documents: z.number(),
  similarity: z.number(),
});
type CorrectionRow = z.output<typeof correctionRowSchema>;

/**
 * Alternatives per query word from the rows of correctionStatement: a known word as it is, an
 * unknown one replaced by up to MAX_ALTERNATIVES of its closest known words. Undefined when nothing
 * would change, or when a word has no neighbour at all: dropping it would find documents that lack
 * a word the user typed (an edited question would still be found by its old words).
 */
export function corrections(words: string[], rows: CorrectionRow[]): string[][] | undefined {
  const found = new Map<number, { word: string; documents: number; similarity: number }[]>();
  for (const row of rows) {
    if (!PLAIN_WORD.test(row.word)) continue;
    found.set(row.n, [...(found.get(row.n) ?? []), row]);
  }
  const groups = words.map((word, n) => {
    const candidates = found.get(n) ?? [];
    // A known word stays as typed: widening it too would multiply the matches of every query.
    if (n >= MAX_CORRECTED_WORDS || candidates.some((c) => c.word === word)) return [word];
    const near = new Set(word.length <= MAX_EDITED_LENGTH ? oneEditAway(word) : []);
    const twoEdits = (c: { word: string }) =>
      word.length >= MIN_TWO_EDITS_LENGTH - 1 && editDistance(word, c.word) <= 2;
    const toneless = telexToneless(word);
    const nearToneless = new Set(toneless === undefined ? [] : oneEditAway(toneless));
    const rank = (c: { word: string }) =>
      isTransposition(word, c.word)
        ? 0
        : near.has(c.word)
          ? 1
          : nearToneless.has(c.word)
            ? 1.5
            : twoEdits(c)
              ? 2
              : 3;
    // Only the closest kind: a transposition ("hao" -> "hoa") beats any other single edit, one
    // edit beats two, a second edit after dropping a Telex tone key beats any other two ("hcoj":
    // "hoc" and "cho", not "chop"), and two beat a mere trigram likeness.
    const best = Math.min(...candidates.map(rank));
    return candidates
      .filter((c) => rank(c) === best)
      .sort((a, b) =>
        best < 3 ? b.documents - a.documents : b.similarity - a.similarity || b.documents - a.documents,
      )
      .slice(0, MAX_ALTERNATIVES)
      .map((c) => c.word);
  });
  if (groups.some((group) => group.length === 0)) return undefined;
  const unchanged = groups.every((group, n) => group.length === 1 && group[0] === words[n]);
  return unchanged ? undefined : groups;
}
