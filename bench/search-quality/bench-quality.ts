import { queryRows } from '@hoclieu/db/sql';
import { createPostgresIndex, type SqlQuery, type VocabularySubject } from '@hoclieu/search';
import type pg from 'pg';
import { loadQualityDocuments, type QualityIndexes, runQuality } from './run-quality.js';

/**
 * The quality set on the full-scale province: its documents join the bench's indexes (idempotent
 * upserts, so every run and the generated data stay as they are) and compete with the generated
 * ones the searching teacher may see.
 */
export async function prepareBenchQuality(pool: pg.Pool, teacherId: string) {
  const query: SqlQuery = (sql, params, row) => queryRows(pool, sql, params, row);
  const indexes: QualityIndexes = {
    materials: createPostgresIndex({ name: 'materials', query }),
    questions: createPostgresIndex({ name: 'questions', query }),
  };
  await loadQualityDocuments(indexes);
  const subjects = (await pool.query<VocabularySubject>('SELECT code, name FROM "Subject"')).rows;
  const { rows } = await pool.query<{ school: string; district: string; province: string }>(
    `SELECT s.id AS school, d.id AS district, d."provinceId" AS province
     FROM "User" u JOIN "School" s ON s.id = u."schoolId" JOIN "District" d ON d.id = s."districtId"
     WHERE u.id = $1`,
    [teacherId],
  );
  const place = rows[0];
  const audience = place
    ? [
        `user:${teacherId}`,
        `school:${place.school}`,
        `district:${place.district}`,
        `province:${place.province}`,
      ]
    : [];
  /** hits@1, hits@5 and MRR of the 50 queries, as the API runs them and as plain text searches. */
  return async (): Promise<Record<string, number>> => {
    const understood = await runQuality(indexes, subjects, 'understood', audience);
    const plain = await runQuality(indexes, subjects, 'plain', audience);
    console.log(`[search quality] understood misses: ${understood.misses.join(' | ')}`);
    return {
      qualityHitsAt1: understood.hitsAt1,
      qualityHitsAt5: understood.hitsAt5,
      qualityMrr: understood.mrr,
      plainHitsAt1: plain.hitsAt1,
      plainHitsAt5: plain.hitsAt5,
      plainMrr: plain.mrr,
    };
  };
}
