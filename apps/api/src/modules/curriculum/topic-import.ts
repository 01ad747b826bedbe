import type { ImportRowError, TopicImportReport } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import {
  type Actor,
  foldDiacritics,
  GLOBAL_SCOPE,
  MAX_IMPORT_ROWS,
  readTopicSheet,
  type TopicImportRow,
} from '@hoclieu/domain';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/record.js';
import { rowError } from '../imports/plan.js';
import { readSpreadsheet } from '../imports/spreadsheet.js';

interface Lesson {
  row: number;
  title: string;
  outcomes: string | null;
}
interface Chapter {
  row: number;
  title: string;
  lessons: Map<string, Lesson>;
}
interface Tree {
  subjectCode: string;
  grade: number;
  series: string;
  chapters: Map<string, Chapter>;
  /** Every code a row of the file names, good or not: never retired by this import. */
  named: Set<string>;
}

/**
 * Imports topic trees: per (subject, grade, series) named in the file, topics are matched by code —
 * a new code is created, a known one renamed/moved in place (its id, and so every link to it, kept),
 * and a topic of that tree the file no longer lists is retired (hidden from pickers, links kept).
 * Bad rows are reported by line and left out; the good ones are written in one transaction.
 */
export async function importTopics(
  db: Db,
  actor: Actor,
  file: Buffer,
  now: Date,
): Promise<TopicImportReport> {
  const sheet = await readSpreadsheet(file);
  if (sheet.length - 1 > MAX_IMPORT_ROWS) throw new AppError('IMPORT_TOO_MANY_ROWS');
  const table = readTopicSheet(sheet);
  if (!table.ok) {
    const issues = table.missing.map((c) => ({
      path: c.header,
      message: `Thiếu cột bắt buộc "${c.header}"`,
    }));
    throw new AppError('IMPORT_HEADER_INVALID', issues);
  }
  const errors = [...table.errors];
  const trees = groupRows(table.rows, await subjectResolver(db), errors);
  const counts = { created: 0, updated: 0, unchanged: 0, retired: 0 };
  await db.$transaction(async (tx) => {
    for (const tree of trees.values()) {
      const where = { subjectCode: tree.subjectCode, grade: tree.grade, series: tree.series };
      const existing = new Map((await tx.topic.findMany({ where })).map((t) => [t.code, t]));
      const base = { ...where, createdById: actor.userId };
      const upsert = async (
        code: string,
        data: {
          kind: 'chapter' | 'lesson';
          title: string;
          position: number;
          parentId: string | null;
          outcomes?: string | null;
        },
      ) => {
        const current = existing.get(code);
        if (!current) {
          counts.created += 1;
          return (await tx.topic.create({ data: { ...base, ...data, code } })).id;
        }
        const same =
          current.title === data.title &&
          current.position === data.position &&
          current.parentId === data.parentId &&
          current.retiredAt === null &&
          (data.outcomes === undefined || current.outcomes === data.outcomes);
        if (same) counts.unchanged += 1;
        else {
          counts.updated += 1;
          await tx.topic.update({ where: { id: current.id }, data: { ...data, retiredAt: null } });
        }
        return current.id;
      };
      let position = 0;
      for (const [chapterCode, chapter] of tree.chapters) {
        const current = existing.get(chapterCode);
        if (current?.kind === 'lesson') {
          errors.push(
            rowError(
              chapter.row,
              'Mã chương',
              'IMPORT_ROW_CONFLICT',
              `Mã "${chapterCode}" đang là mã của một bài`,
            ),
          );
          continue;
        }
        const chapterId = await upsert(chapterCode, {
          kind: 'chapter',
          title: chapter.title,
          position: position++,
          parentId: null,
        });
        let lessonPosition = 0;
        for (const [lessonCode, lesson] of chapter.lessons) {
          if (existing.get(lessonCode)?.kind === 'chapter') {
            errors.push(
              rowError(
                lesson.row,
                'Mã bài',
                'IMPORT_ROW_CONFLICT',
                `Mã "${lessonCode}" đang là mã của một chương`,
              ),
            );
            continue;
          }
          await upsert(lessonCode, {
            kind: 'lesson',
            title: lesson.title,
            position: lessonPosition++,
            parentId: chapterId,
            outcomes: lesson.outcomes,
          });
        }
      }
      const absent = [...existing.values()].filter((t) => t.retiredAt === null && !tree.named.has(t.code));
      if (absent.length > 0) {
        await tx.topic.updateMany({
          where: { id: { in: absent.map((t) => t.id) } },
          data: { retiredAt: now },
        });
        counts.retired += absent.length;
      }
    }
    const treeList = [...trees.values()].map(({ subjectCode, grade, series }) => ({
      subjectCode,
      grade,
      series,
    }));
    await recordAudit(tx, {
      actor,
      action: 'topic.import',
      resourceType: 'topic',
      resourceId: 'import',
      scope: GLOBAL_SCOPE,
      details: { ...counts, trees: treeList, rowsWithErrors: new Set(errors.map((e) => e.row)).size },
    });
  });
  return {
    totalRows: table.rows.length + table.errors.length,
    ...counts,
    trees: [...trees.values()].map(({ subjectCode, grade, series }) => ({ subjectCode, grade, series })),
    errors: errors.sort((a, b) => a.row - b.row),
  };
}

/** A subject cell to its code: the code itself ("toan") or the name without case or diacritics ("TOAN"). */
async function subjectResolver(db: Db): Promise<(cell: string) => string | null> {
  const subjects = await db.subject.findMany({ select: { code: true, name: true } });
  return (cell) => {
    const folded = foldDiacritics(cell);
    return (
      subjects.find((s) => s.code === cell.toLowerCase() || foldDiacritics(s.name) === folded)?.code ?? null
    );
  };
}

/** Groups good rows into trees; rows that contradict an earlier row are reported and left out. */
function groupRows(
  rows: TopicImportRow[],
  subjectOf: (cell: string) => string | null,
  errors: ImportRowError[],
) {
  const trees = new Map<string, Tree>();
  const lessonOwner = new Map<string, string>();
  for (const row of rows) {
    const subjectCode = subjectOf(row.subject);
    if (!subjectCode) {
      errors.push(rowError(row.row, 'Môn', 'IMPORT_ROW_NOT_FOUND', `Không có môn "${row.subject}"`));
      continue;
    }
    const key = `${subjectCode}|${row.grade}|${row.series}`;
    const tree = trees.get(key) ?? {
      subjectCode,
      grade: row.grade,
      series: row.series,
      chapters: new Map(),
      named: new Set<string>(),
    };
    trees.set(key, tree);
    tree.named.add(row.chapterCode);
    if (row.lessonCode) tree.named.add(row.lessonCode);
    const chapter = tree.chapters.get(row.chapterCode);
    if (chapter && chapter.title !== row.chapterTitle) {
      const message = `Mã chương "${row.chapterCode}" đã có tên "${chapter.title}" ở dòng ${chapter.row}`;
      errors.push(rowError(row.row, 'Tên chương', 'IMPORT_ROW_CONFLICT', message));
      continue;
    }
    const target = chapter ?? { row: row.row, title: row.chapterTitle, lessons: new Map<string, Lesson>() };
    tree.chapters.set(row.chapterCode, target);
    if (!row.lessonCode || !row.lessonTitle) continue;
    const owner = `${key}|${row.lessonCode}`;
    if (lessonOwner.has(owner) || tree.chapters.has(row.lessonCode)) {
      const message = `Mã bài "${row.lessonCode}" đã có ở dòng ${lessonOwner.get(owner) ?? tree.chapters.get(row.lessonCode)?.row}`;
      errors.push(rowError(row.row, 'Mã bài', 'IMPORT_ROW_DUPLICATE', message));
      continue;
    }
    lessonOwner.set(owner, String(row.row));
    target.lessons.set(row.lessonCode, { row: row.row, title: row.lessonTitle, outcomes: row.outcomes });
  }
  return trees;
}
