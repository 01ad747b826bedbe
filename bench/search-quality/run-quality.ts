import {
  type SearchIndex,
  searchUnderstood,
  teacherVocabulary,
  type VocabularySubject,
} from '@hoclieu/search';
import { QUALITY_AUDIENCE, QUALITY_MATERIALS, QUALITY_QUESTIONS } from './documents.js';
import { measureQuality, type QualityFigures } from './measure.js';
import { QUALITY_QUERIES } from './queries.js';

export interface QualityIndexes {
  materials: SearchIndex;
  questions: SearchIndex;
}

/** Puts the quality set's documents in; idempotent (same ids, same content). */
export async function loadQualityDocuments(indexes: QualityIndexes): Promise<void> {
  await indexes.materials.upsert(QUALITY_MATERIALS);
  await indexes.questions.upsert(QUALITY_QUESTIONS);
}

/**
 * The 50 queries, as the API runs them (`understood`) or as plain text searches (the search
 * without query understanding, the baseline). `audience`: the searching teacher's tokens, besides the quality set's.
 */
export async function runQuality(
  indexes: QualityIndexes,
  subjects: VocabularySubject[],
  mode: 'plain' | 'understood',
  audience: string[] = [],
): Promise<QualityFigures> {
  const vocabularies = {
    materials: teacherVocabulary('materials', subjects),
    questions: teacherVocabulary('questions', subjects),
  };
  return measureQuality(QUALITY_QUERIES, async (query) => {
    const index = indexes[query.index];
    const search = { text: query.text, audience: [QUALITY_AUDIENCE, ...audience], page: 1, pageSize: 10 };
    const result =
      mode === 'plain'
        ? await index.search(search)
        : await searchUnderstood(index, search, vocabularies[query.index]);
    return result.hits.map((hit) => hit.id);
  });
}
