import type { AssignmentResults, LabelledAnswer } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import {
  type Actor,
  essayBands,
  itemStatistics,
  scoreDistribution,
  scoringUnits,
  shortAnswerDistribution,
  spreadsheetCell,
  vietnamWallClock,
} from '@hoclieu/domain';
import ExcelJS from 'exceljs';
import { answerOf, resultsOf } from '../../db-json.js';
import type { AssignmentService } from './assignments.js';
import { summaryOf } from './assignments.js';
import { printedLayout } from './papers.js';
import { itemContent, loadExam } from './repository.js';
import { supervisionSummaries } from './supervision.js';

/** Chosen original labels of an answer, for option frequencies. */
function choicesOf(answer: LabelledAnswer | null): string[] {
  if (!answer) return [];
  if (answer.choice) return [answer.choice];
  if (answer.choices) return answer.choices;
  if (answer.statements)
    return Object.entries(answer.statements).map(([label, value]) => `${label}:${value ? 'Đ' : 'S'}`);
  return [];
}

/**
 * How each mã đề printed each question: its number and its options' letters. Item statistics count
 * across versions by the exam's own (original) letters, the one name an option's content has in every
 * version; with these the table shows, per mã đề, the question's number and the letter students saw
 * (a choice of B on mã đề 647 is not "A" to the teacher without saying so).
 */
function versionsOf(exam: Awaited<ReturnType<typeof loadExam>>) {
  return exam.versions.map((version) => ({
    code: version.code,
    ...printedLayout({ version, items: exam.items, subjectCode: exam.subjectCode }),
  }));
}

/** Class results: every student of the classes, their latest attempt, distribution and item analysis. */
export function createResultService(db: Db, assignments: AssignmentService, clock: () => Date) {
  async function results(actor: Actor, assignmentId: string): Promise<AssignmentResults> {
    const a = await assignments.managed(actor, assignmentId);
    const exam = await loadExam(db, a.examId);
    const classIds = a.classes.map((c) => c.classId);
    const [enrollments, attempts] = await Promise.all([
      db.enrollment.findMany({
        where: { classId: { in: classIds } },
        include: {
          student: { select: { id: true, username: true, fullName: true } },
          class: { select: { name: true } },
        },
        orderBy: [{ class: { name: 'asc' } }, { student: { fullName: 'asc' } }],
      }),
      db.attempt.findMany({
        where: { assignmentId },
        include: { version: { select: { code: true } }, answers: { select: { key: true, answer: true } } },
        orderBy: { number: 'asc' },
      }),
    ]);
    const latest = new Map(attempts.map((t) => [t.studentId, t]));
    const submitted = attempts.filter((t) => t.status === 'submitted' && latest.get(t.studentId) === t);
    const units = exam.items.flatMap((item) =>
      scoringUnits(item.key, itemContent(item), item.points, exam.subjectCode).map((u) => ({ ...u, item })),
    );
    const graded = submitted.map((t) => ({
      total: t.score ?? 0,
      results: resultsOf(t),
      answers: new Map(t.answers.map((row) => [row.key, answerOf(row)])),
    }));
    const stats = itemStatistics(
      graded.map(({ total, results, answers }) => ({
        total,
        items: Object.fromEntries(
          units.map((u) => [
            u.key,
            {
              score: results[u.key]?.score ?? 0,
              max: u.points,
              // Typed answers are no picks: counted as "(bỏ trống)" they hid every short answer.
              ...(u.content.type === 'short_answer' || u.content.type === 'essay'
                ? {}
                : { choices: choicesOf(answers.get(u.key) ?? null) }),
              // An essay the teacher has not graded yet is 'manual': it is no 0.
              graded: results[u.key]?.status !== 'manual',
            },
          ]),
        ),
      })),
    );
    const printed = versionsOf(exam);
    const supervision = await supervisionSummaries(
      db,
      [...latest.values()].map((t) => ({ id: t.id, status: t.status, oneDevice: a.oneDevice })),
    );
    const maxScore = Math.round(exam.items.reduce((sum, i) => sum + i.points, 0) * 100) / 100;
    return {
      assignment: summaryOf(a, clock(), { myAttempts: [], ...(await assignments.counts(a)) }),
      maxScore,
      students: enrollments.map((e) => {
        const t = latest.get(e.studentId);
        return {
          studentId: e.studentId,
          username: e.student.username,
          fullName: e.student.fullName,
          className: e.class.name,
          attemptId: t?.id ?? null,
          versionCode: t?.version.code ?? null,
          status: t ? t.status : 'not_started',
          score: t?.status === 'submitted' ? t.score : null,
          needsGrading: t?.needsGrading ?? false,
          submittedAt: t?.submittedAt?.toISOString() ?? null,
          supervision: (t && supervision.get(t.id)) ?? null,
        };
      }),
      distribution: scoreDistribution(
        submitted.map((t) => t.score ?? 0),
        maxScore,
      ),
      items: units.map((u) => {
        const s = stats[u.key];
        return {
          key: u.key,
          number: u.key,
          type: u.content.type,
          max: u.points,
          facility: s ? s.facility : null,
          discrimination: s?.discrimination ?? null,
          optionCounts: s?.optionCounts ?? {},
          ungraded: s?.ungraded ?? 0,
          responses:
            u.content.type === 'short_answer'
              ? shortAnswerDistribution(
                  graded.map((g) => g.answers.get(u.key)?.text),
                  u.content.answer ?? null,
                )
              : null,
          essayBands:
            u.content.type === 'essay'
              ? essayBands(
                  graded.map((g) => ({
                    score: g.results[u.key]?.score ?? 0,
                    max: u.points,
                    graded: g.results[u.key]?.status !== 'manual',
                  })),
                )
              : null,
          correctLabels: [
            ...u.content.options.filter((o) => o.correct).map((o) => o.label),
            ...u.content.statements.map((st) => `${st.label}:${st.correct ? 'Đ' : 'S'}`),
          ],
          versions: printed.map((v) => ({
            code: v.code,
            number: v.numbers.get(u.key) ?? u.key,
            letters: Object.fromEntries(v.letters.get(u.key) ?? []),
          })),
        };
      }),
    };
  }

  /** The gradebook sheet: one row per student, Vietnamese headers, one column per question. */
  async function workbook(actor: Actor, assignmentId: string) {
    const r = await results(actor, assignmentId);
    const attempts = await db.attempt.findMany({
      where: { assignmentId, status: 'submitted' },
      select: { id: true, results: true },
    });
    const resultsById = new Map(attempts.map((t) => [t.id, resultsOf(t)]));
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Kết quả');
    const statusText = { not_started: 'Chưa làm', open: 'Đang làm', submitted: 'Đã nộp' } as const;
    sheet.addRow([
      'STT',
      'Mã học sinh',
      'Họ và tên',
      'Lớp',
      'Mã đề',
      'Trạng thái',
      'Điểm',
      `Điểm tối đa`,
      'Nộp lúc',
      ...r.items.map((i) => `Câu ${i.number}`),
    ]);
    r.students.forEach((s, index) => {
      const perItem = s.attemptId ? resultsById.get(s.attemptId) : undefined;
      // Names are data, never formulas: every text cell goes through the OWASP rule.
      const cells = [
        index + 1,
        s.username,
        s.fullName,
        s.className,
        s.versionCode ?? '',
        statusText[s.status],
        s.score ?? '',
        r.maxScore,
        // Shown as the time in Vietnam: a cell has no zone and ExcelJS writes a date by its UTC reading.
        s.submittedAt ? vietnamWallClock(new Date(s.submittedAt)) : '',
        ...r.items.map((i) => perItem?.[i.key]?.score ?? ''),
      ];
      sheet.addRow(cells.map(spreadsheetCell));
    });
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 3 }];
    sheet.getColumn(3).width = 28;
    sheet.getColumn(9).numFmt = 'dd/mm/yyyy hh:mm';
    return {
      fileName: `ket-qua-${r.assignment.title}.xlsx`,
      bytes: Buffer.from(await book.xlsx.writeBuffer()),
    };
  }

  return { results, workbook };
}
