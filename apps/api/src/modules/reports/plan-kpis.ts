import type { PlanKpi } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { Sql } from '@hoclieu/db/sql';
import { type Actor, targetFor, vietnamDate } from '@hoclieu/domain';
import { topicTreesLabel } from '../curriculum/coverage-label.js';
import { reportWindow } from './data.js';
import { countLearning, LEARNING_CACHE_MS, type Learners } from './learning-online.js';
import { type UnitScope, unitOf } from './online-share.js';
import { createReportCache } from './report-cache.js';
import type { ReportLane } from './report-lane.js';
import { reportSchools } from './report-scope-sql.js';

type Query = {
  schoolYear?: string | undefined;
  asOf?: string | undefined;
  districtId?: string | undefined;
  semester?: '1' | '2' | undefined;
};

type PlanKpis = { unit: UnitScope['unit']; schoolYear: string; items: PlanKpi[] };
type Target = { kpi: string; scope: string; year: number; targetPercent: number };

const count = (n: number) => n.toLocaleString('vi-VN');

function kpi(
  kpiName: PlanKpi['kpi'],
  numerator: number,
  denominator: number,
  target: number | null,
  formula: string,
): PlanKpi {
  const value = denominator > 0 ? numerator / denominator : null;
  return {
    kpi: kpiName,
    numerator,
    denominator,
    value,
    target,
    status: target === null ? 'no_target' : value !== null && value >= target ? 'reached' : 'below',
    formula: `${formula}${value === null ? '' : ` = ${(Math.round(value * 1000) / 10).toLocaleString('vi-VN')} %`}`,
  };
}

/**
 * The plan's other indicators for the viewer's unit (definitions in the README):
 * - materials_program_coverage: curriculum topics with at least one material shared beyond its
 *   author (school, district or province scope) by someone of the unit ÷ all topics in use (not
 *   retired); the formula names the subjects and grades that have topics;
 * - question_bank_adoption: THCS and TH&THCS schools with at least one exam held online and at
 *   least one approved question of their own ÷ those schools;
 * - schools_sharing_platform: schools with at least one material shared beyond its author ÷ schools;
 * - students_online_access: students of the year's classes who started a quiz, answered a practice
 *   question or opened an e-learning lecture in the period ÷ students (learning-online.ts).
 */
export function createPlanKpis(
  db: Db,
  sql: Sql,
  clock: () => Date,
  { lane, learners }: { lane: ReportLane; learners: Learners },
) {
  // Reused like the learning indicator they contain (LEARNING_CACHE_MS, same reasons): they count
  // materials, questions, exams and activity that change all day unnotified, they load with every
  // officer's reports page, and a province's took 0.6–0.9 s cold on the bench province (its learning
  // counts, shared with the indicator through `learners`, are most of it).
  const cache = createReportCache<PlanKpis>({ now: () => clock().getTime(), freshMs: LEARNING_CACHE_MS });
  return async (actor: Actor, query: Query): Promise<PlanKpis> => {
    // Who may see which unit is decided on every request; a changed target shows at once.
    const [scope, targets] = await Promise.all([unitOf(sql, actor, query.districtId), targetsOf(db)]);
    const key = JSON.stringify([scope.unit, query, vietnamDate(clock()), targets]);
    return cache.get(key, () => unitKpis(scope, query, targets));
  };

  async function unitKpis(scope: UnitScope, query: Query, targets: Target[]): Promise<PlanKpis> {
    const window = await reportWindow(sql, query, clock());
    const schools = await db.school.findMany({
      where: scope.schoolFilter,
      select: { id: true, levels: true },
    });
    const schoolIds = schools.map((s) => s.id);
    const lowerSecondary = schools.filter(
      (s) => s.levels.includes('lower_secondary') && !s.levels.includes('upper_secondary'),
    );
    const target = (name: string, scopeName: string) => targetFor(targets, name, scopeName, window.endYear);

    // The learning counts on the indicator's schools (reportSchools): both share one computation.
    const learningOf = (list: { id: string }[]) =>
      countLearning(
        learners,
        sql,
        list.map((s) => s.id),
        { ...query, schoolYear: window.code },
      );
    const [[topics, coveredTopics, sharingSchools, adoptingSchools, topicTrees], learning] =
      await Promise.all([
        lane(() =>
          Promise.all([
            db.topic.count({ where: { retiredAt: null } }),
            db.topic.count({
              where: {
                retiredAt: null,
                materials: {
                  some: {
                    material: { deletedAt: null, scope: { not: 'private' }, schoolId: { in: schoolIds } },
                  },
                },
              },
            }),
            db.school.count({
              where: {
                id: { in: schoolIds },
                materials: { some: { deletedAt: null, scope: { not: 'private' } } },
              },
            }),
            db.school.count({
              where: {
                id: { in: lowerSecondary.map((s) => s.id) },
                questions: { some: { deletedAt: null, scope: { not: 'private' } } },
                classes: { some: { schoolYearId: window.schoolYearId, assignments: { some: {} } } },
              },
            }),
            topicTreesLabel(db),
          ]),
        ),
        reportSchools(sql, scope.districtIds, scope.schoolId, window.schoolYearId).then(learningOf),
      ]);
    const { learning: active, students } = learning.total;
    return {
      unit: scope.unit,
      schoolYear: window.code,
      items: [
        {
          ...kpi(
            'materials_program_coverage',
            coveredTopics,
            topics,
            target('materials_program_coverage', 'province'),
            `${count(coveredTopics)} trong ${count(topics)} chủ đề có học liệu đã duyệt chia sẻ của đơn vị (chủ đề đã có cho: ${topicTrees || 'chưa môn nào'})`,
          ),
          topicTrees,
        },
        kpi(
          'question_bank_adoption',
          adoptingSchools,
          lowerSecondary.length,
          target('question_bank_adoption', 'lower_secondary_schools'),
          `${count(adoptingSchools)} trong ${count(lowerSecondary.length)} trường THCS, TH&THCS có bài kiểm tra trực tuyến và câu hỏi đã duyệt của trường`,
        ),
        kpi(
          'schools_sharing_platform',
          sharingSchools,
          schools.length,
          target('schools_sharing_platform', 'all_schools'),
          `${count(sharingSchools)} trong ${count(schools.length)} trường có học liệu chia sẻ từ cấp trường trở lên`,
        ),
        kpi(
          'students_online_access',
          active,
          students,
          target('students_online_access', 'general_education_students'),
          `${count(active)} trong ${count(students)} học sinh đã làm bài kiểm tra, luyện tập hoặc học bài giảng điện tử trực tuyến`,
        ),
      ],
    };
  }
}

async function targetsOf(db: Db): Promise<Target[]> {
  const rows = await db.kpiTarget.findMany({
    select: { kpi: true, scope: true, year: true, targetPercent: true },
    orderBy: [{ kpi: 'asc' }, { scope: 'asc' }, { year: 'asc' }],
  });
  return rows.map((t) => ({ ...t, targetPercent: Number(t.targetPercent) }));
}
