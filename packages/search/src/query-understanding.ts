import { queryWords } from './search-query.js';

/** A facet value and the words that name it, as the caller's curriculum data knows them. */
export interface VocabularyEntry {
  facet: string;
  value: string;
  /** How the result names it to the teacher: "Toán", "Lớp 6", "Video". */
  label: string;
  /** Unambiguous names, any case and diacritics: "Ngữ văn", "lớp 6", "L6", "trắc nghiệm". */
  phrases: string[];
  /**
   * Names that are also everyday words or numbers ("toán" in "an toàn", "hoá" in "điều hoà", a bare
   * "6"): understood only when the query names a second facet value ("toan 6", "van 6").
   */
  weakPhrases?: string[];
}

/** Every name the search may read as a filter; built by the caller (see teacher-vocabulary.ts). */
export type QueryVocabulary = VocabularyEntry[];

/** A facet value read from the query's words. */
export interface UnderstoodFacet {
  facet: string;
  value: string;
  label: string;
  /** The folded query words that named it (highlighted like matched words). */
  words: string[];
  weak: boolean;
}

export interface UnderstoodQuery {
  /** The folded words left to match the text, in query order. */
  textWords: string[];
  understood: UnderstoodFacet[];
}

// Longest name looked for, in words ("hoat dong trai nghiem huong nghiep" is five).
const MAX_PHRASE_WORDS = 6;

interface Named {
  entry: VocabularyEntry;
  weak: boolean;
}

const phraseKey = (phrase: string) => queryWords(phrase).join(' ');

function phraseTable(vocabulary: QueryVocabulary): Map<string, Named[]> {
  const table = new Map<string, Named[]>();
  const add = (phrase: string, named: Named) => {
    const key = phraseKey(phrase);
    if (key) table.set(key, [...(table.get(key) ?? []), named]);
  };
  for (const entry of vocabulary) {
    for (const phrase of entry.phrases) add(phrase, { entry, weak: false });
    for (const phrase of entry.weakPhrases ?? []) add(phrase, { entry, weak: true });
  }
  return table;
}

// Building the table costs a few thousand string operations: once per vocabulary object.
const tables = new WeakMap<QueryVocabulary, Map<string, Named[]>>();

/**
 * Reads facet values out of the query's words, longest name first, left to right: "toan lop 6 phan
 * so" -> Toán + Lớp 6, text "phan so". Facets the caller already filters are left to the text.
 */
export function understandQuery(
  words: string[],
  vocabulary: QueryVocabulary,
  filteredFacets: string[] = [],
): UnderstoodQuery {
  let table = tables.get(vocabulary);
  if (!table) {
    table = phraseTable(vocabulary);
    tables.set(vocabulary, table);
  }
  const found: { at: number; length: number; named: Named[] }[] = [];
  for (let at = 0; at < words.length; ) {
    let length = Math.min(MAX_PHRASE_WORDS, words.length - at);
    for (; length > 0; length--) {
      const named = (table.get(words.slice(at, at + length).join(' ')) ?? []).filter(
        (n) => !filteredFacets.includes(n.entry.facet),
      );
      if (named.length > 0) {
        found.push({ at, length, named });
        break;
      }
    }
    at += Math.max(length, 1);
  }
  // A lone everyday word is text: "an toan giao thong" is not a Toán search.
  const strong = found.some((f) => f.named.some((n) => !n.weak));
  const kept = strong || found.length >= 2 ? found : [];
  const used = new Set(kept.flatMap((f) => Array.from({ length: f.length }, (_, i) => f.at + i)));
  const understood: UnderstoodFacet[] = [];
  for (const f of kept) {
    for (const { entry, weak } of f.named) {
      const known = understood.some((u) => u.facet === entry.facet && u.value === entry.value);
      if (!known) {
        const { facet, value, label } = entry;
        understood.push({ facet, value, label, words: words.slice(f.at, f.at + f.length), weak });
      }
    }
  }
  return { textWords: words.filter((_, i) => !used.has(i)), understood };
}
