import type { ImportedQuestion } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { Actor } from '@hoclieu/domain';
import {
  type AnswerKeyVersion,
  exportAnswerKey,
  exportMatrix,
  exportPaper,
  type MatrixRow,
  type PaperHeader,
  vietnameseNumber,
} from '@hoclieu/question-formats';
import type { BlobStore } from '@hoclieu/storage';
import { AppError } from '../../http/errors.js';
import { embedImages, toEmbedded } from '../questions/images.js';
import { readableExam } from './access.js';
import { printableQuestions } from './papers.js';
import { type ExamRow, headerOf, itemContent } from './repository.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function paperHeader(t: ExamRow): PaperHeader {
  const header = headerOf(t);
  return {
    authority: header.authority,
    school: header.school,
    title: t.title.toUpperCase(),
    subject: t.subject.name,
    grade: String(t.grade),
    durationMinutes: t.durationMinutes,
    schoolYear: header.schoolYear,
  };
}

const htmlsOf = (q: ImportedQuestion): string[] => [
  q.stem,
  ...q.options.map((o) => o.html),
  ...q.statements.map((s) => s.html),
  ...q.children.flatMap(htmlsOf),
];

function withEmbeddedImages(q: ImportedQuestion): ImportedQuestion {
  return {
    ...q,
    stem: toEmbedded(q.stem),
    options: q.options.map((o) => ({ ...o, html: toEmbedded(o.html) })),
    statements: q.statements.map((s) => ({ ...s, html: toEmbedded(s.html) })),
    children: q.children.map(withEmbeddedImages),
  };
}

/** One version's key, numbered as printed: each scoring unit under its part's table. */
function keyOf(code: string, questions: ImportedQuestion[]): AnswerKeyVersion {
  const key: AnswerKeyVersion = { code, multipleChoice: [], trueFalse: [], shortAnswer: [], essays: [] };
  let number = 0;
  const add = (q: ImportedQuestion) => {
    if (q.type === 'group') return q.children.forEach(add);
    number += 1;
    if (q.type === 'single_choice' || q.type === 'multiple_select')
      key.multipleChoice.push({
        number,
        answer: q.options
          .filter((o) => o.correct)
          .map((o) => o.label)
          .join(', '),
      });
    else if (q.type === 'true_false_group')
      key.trueFalse.push({
        number,
        answers: Object.fromEntries(q.statements.map((s) => [s.label, s.correct])) as never,
      });
    else if (q.type === 'short_answer')
      key.shortAnswer.push({ number, answer: q.answer?.accepted.join(' hoặc ') ?? '' });
    else key.essays.push({ number, rubricHtml: String(q.metadata.rubric ?? q.solution ?? '') });
  };
  questions.forEach(add);
  return key;
}

/** Printed documents of an exam: a paper per version, the key of all versions, the matrix. */
export function createExamDocuments(db: Db, storage: BlobStore) {
  return {
    async paper(actor: Actor, examId: string, code: string) {
      const t = await readableExam(db, actor, examId);
      const version = t.versions.find((v) => v.code === code);
      if (!version) throw new AppError('NOT_FOUND');
      const questions = printableQuestions({ version, items: t.items, subjectCode: t.subjectCode });
      const images = await embedImages(storage, questions.flatMap(htmlsOf));
      const bytes = await exportPaper(
        { header: paperHeader(t), versionCode: code, items: questions.map(withEmbeddedImages) },
        images,
      );
      return { fileName: `${t.title} - ma de ${code}.docx`, contentType: DOCX, bytes };
    },

    async answerKey(actor: Actor, examId: string) {
      const t = await readableExam(db, actor, examId);
      if (t.versions.length === 0) throw new AppError('TEST_NO_VERSIONS');
      const versions = t.versions.map((v) =>
        keyOf(v.code, printableQuestions({ version: v, items: t.items, subjectCode: t.subjectCode })),
      );
      const mathPoints = t.subjectCode === 'toan' ? '0,5' : '0,25';
      const pointsNote = `Phần I: mỗi câu đúng 0,25 điểm. Phần II: đúng 1 ý 0,1 điểm; 2 ý 0,25 điểm; 3 ý 0,5 điểm; 4 ý 1 điểm. Phần III: mỗi câu đúng ${mathPoints} điểm. Điểm từng câu theo đề: tổng ${vietnameseNumber(t.items.reduce((sum, i) => sum + i.points, 0))} điểm.`;
      const bytes = await exportAnswerKey({ header: paperHeader(t), pointsNote, versions });
      return { fileName: `${t.title} - dap an.docx`, contentType: DOCX, bytes };
    },

    /** The matrix as the chosen questions make it: topics by rows, type × level by columns. */
    async matrix(actor: Actor, examId: string) {
      const t = await readableExam(db, actor, examId);
      const outcomes = await db.question.findMany({
        where: { id: { in: t.items.map((i) => i.questionId) } },
        select: { id: true, learningOutcome: true },
      });
      const outcomeOf = new Map(outcomes.map((q) => [q.id, q.learningOutcome]));
      const rows = new Map<string, MatrixRow>();
      const points: Record<string, number> = {};
      t.items.forEach((item, index) => {
        const content = itemContent(item);
        const level = item.question.level ?? 'biet';
        const parts = content.type === 'group' ? content.children : [content];
        const topic = item.question.topic?.title ?? 'Không theo chủ đề';
        const row = rows.get(topic) ?? { topic, cells: {}, outcomes: [] };
        for (const part of parts) {
          const type = part.type === 'multiple_select' ? 'single_choice' : part.type;
          const column = `${type}:${level}`;
          row.cells[column] =
            (row.cells[column] ?? 0) + (type === 'true_false_group' ? part.statements.length : 1);
          points[column] = (points[column] ?? 0) + item.points / parts.length;
        }
        row.outcomes.push({
          level,
          text: outcomeOf.get(item.questionId) ?? '',
          questions: `Câu ${index + 1}`,
        });
        rows.set(topic, row);
      });
      const bytes = await exportMatrix({
        header: paperHeader(t),
        types: ['single_choice', 'true_false_group', 'short_answer', 'essay'],
        rows: [...rows.values()],
        points,
      });
      return { fileName: `${t.title} - ma tran.docx`, contentType: DOCX, bytes };
    },
  };
}
