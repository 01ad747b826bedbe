/**
 * How the PostgreSQL adapter orders the candidates of a text search (at most TOTAL_CAP + 1 rows),
 * in two passes: every candidate by the cheap terms, then the first RERANKED of them by the cheap
 * terms but with the title's trigram likeness instead of its share of the words.
 *
 * - ts_rank: the words' weight where they occur (title > tags > body). It saturates near 1 for a
 *   title match, so among the many documents whose title holds the words it tells nothing apart.
 * - phrase: the title holds the words next to each other, in the query's order ("tích phân",
 *   not "phân tích").
 * - focus: how much of the title the query is (their lengths' ratio). A title about the query
 *   ("Quang hợp ở thực vật") comes before one that mentions it among ten other things. Free to
 *   compute; trigram similarity() said much the same for 25 ms per thousand long stems.
 * - title share (first pass): the share of the query's words (any of a word's alternatives, the
 *   last one a prefix when typed so) that the title holds: tsquery tests on the stored words,
 *   under 1 ms per thousand candidates.
 * - title likeness (second pass): word_similarity(query, title), the query in the title, typos
 *   and prefixes included. 43 ms per thousand titles at full scale (a third of a common query's
 *   cost), so only paid for the RERANKED best of the first pass.
 */
export function relevance(rankQuery: string, phrase: string, titlePhraseQuery: string): string {
  return `ts_rank(e.words, ${rankQuery})
      + CASE WHEN e.words @@ ${titlePhraseQuery} THEN ${PHRASE_BONUS} ELSE 0 END
      + char_length(${phrase})::float8 / greatest(char_length(e.folded_title), char_length(${phrase}), 1)`;
}

/** Candidates ranked again with titleLikeness; the page order below them is the first pass's. */
export const RERANKED = 100;

export function titleShare(titleWordQueries: string[]): string {
  const held = titleWordQueries.map((query) => `(e.words @@ ${query})::int`).join(' + ');
  return `(${held})::float8 / ${Math.max(titleWordQueries.length, 1)}`;
}

export function titleLikeness(phrase: string): string {
  return `word_similarity(${phrase}, folded_title)`;
}

const PHRASE_BONUS = 1;

/**
 * The tsquery text of "these words next to each other in the title": [["tich"], ["phan"]] ->
 * "(tich:A) <-> (phan:*A)" (each word's alternatives; the last one a prefix when it is as typed,
 * not when it is a typo's correction: "hinh hoc" for "hinh hcoj", not "hinh chop").
 * Words are letters and digits only (queryWords, corrections): valid tsquery syntax.
 */
export function titlePhrase(groups: string[][], lastAsTyped: boolean): string {
  return titleWords(groups, lastAsTyped).join(' <-> ');
}

/** Each word's tsquery text "in the title": [["tich"], ["phan"]] -> ["(tich:A)", "(phan:*A)"]. */
export function titleWords(groups: string[][], lastAsTyped: boolean): string[] {
  return groups.map((group, n) => {
    const label = lastAsTyped && n === groups.length - 1 ? ':*A' : ':A';
    return `(${group.map((word) => `${word}${label}`).join(' | ')})`;
  });
}
