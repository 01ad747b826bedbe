/**
 * How the PostgreSQL adapter orders the candidates of a text search (at most TOTAL_CAP + 1 rows,
 * so every term below is paid a thousand times at most: microseconds each, on a short title).
 *
 * - ts_rank: the words' weight where they occur (title > tags > body). It saturates near 1 for a
 *   title match, so among the many documents whose title holds the words it tells nothing apart.
 * - word_similarity(query, title): the query appears in the title, typos and prefixes included.
 * - phrase: the title holds the words next to each other, in the query's order ("tích phân",
 *   not "phân tích").
 * - focus: how much of the title the query is (their lengths' ratio). A title about the query
 *   ("Quang hợp ở thực vật") comes before one that mentions it among ten other things. Free to
 *   compute; trigram similarity() said much the same for 25 ms per thousand long stems.
 */
export function relevance(rankQuery: string, phrase: string, titlePhraseQuery: string): string {
  return `ts_rank(e.words, ${rankQuery})
      + word_similarity(${phrase}, e.folded_title)
      + CASE WHEN e.words @@ ${titlePhraseQuery} THEN ${PHRASE_BONUS} ELSE 0 END
      + char_length(${phrase})::float8 / greatest(char_length(e.folded_title), char_length(${phrase}), 1)`;
}

const PHRASE_BONUS = 1;

/**
 * The tsquery text of "these words next to each other in the title": [["tich"], ["phan"]] ->
 * "(tich:A) <-> (phan:*A)" (each word's alternatives; the last one a prefix when it is as typed,
 * not when it is a typo's correction: "hinh hoc" for "hinh hcoj", not "hinh chop").
 * Words are letters and digits only (queryWords, corrections): valid tsquery syntax.
 */
export function titlePhrase(groups: string[][], lastAsTyped: boolean): string {
  return groups
    .map((group, n) => {
      const label = lastAsTyped && n === groups.length - 1 ? ':*A' : ':A';
      return `(${group.map((word) => `${word}${label}`).join(' | ')})`;
    })
    .join(' <-> ');
}
