import type { CognitiveLevel, ExamDetail, ExamInput, ExamSettings, QuestionType } from '@hoclieu/contracts';
import { schoolYearOfDay, vietnamDate } from '@hoclieu/domain';
import { defaultPointsHint } from '../exam-points';

/** A question chosen for the exam, with what the list shows without loading the question again. */
export interface DraftItem {
  questionId: string;
  /** Null: the server's default for the type. */
  points: number | null;
  /** Drawn from the exam matrix (replaced by the next draw) or picked by hand (kept). */
  source: 'bank' | 'matrix';
  type: QuestionType;
  level: CognitiveLevel | null;
  topicTitle: string | null;
  /** Sanitised HTML of the stem when known (bank picks); drawn questions load it on demand. */
  stem: string | null;
}

export interface ExamDraft {
  title: string;
  subjectCode: string | null;
  grade: number | null;
  durationMinutes: number;
  settings: ExamSettings;
  header: { authority: string; school: string; schoolYear: string };
  items: DraftItem[];
}

const defaultSettings: ExamSettings = {
  shuffleQuestions: true,
  withinParts: true,
  shuffleOptions: true,
  multipleSelect: 'all_or_nothing',
};

/** The school year an exam written today belongs to: it turns over in August ("2026-2027"). */
export function currentSchoolYear(now: Date = new Date()): string {
  return schoolYearOfDay(vietnamDate(now));
}

export function emptyDraft(school: string, now: Date = new Date()): ExamDraft {
  return {
    title: '',
    subjectCode: null,
    grade: null,
    durationMinutes: 45,
    settings: defaultSettings,
    header: { authority: '', school, schoolYear: currentSchoolYear(now) },
    items: [],
  };
}

/** Appends questions not in the exam yet (a question appears once). */
export function addItems(items: DraftItem[], added: DraftItem[]): DraftItem[] {
  const present = new Set(items.map((item) => item.questionId));
  const fresh = added.filter((item) => {
    if (present.has(item.questionId)) return false;
    present.add(item.questionId);
    return true;
  });
  return [...items, ...fresh];
}

export const removeItem = (items: DraftItem[], questionId: string) =>
  items.filter((item) => item.questionId !== questionId);

/** Moves one item up (-1) or down (+1); at either end nothing changes. */
export function moveItem(items: DraftItem[], index: number, delta: -1 | 1): DraftItem[] {
  const target = index + delta;
  const moving = items[index];
  const other = items[target];
  if (!moving || !other) return items;
  const next = [...items];
  next[index] = other;
  next[target] = moving;
  return next;
}

export const setItemPoints = (items: DraftItem[], questionId: string, points: number | null) =>
  items.map((item) => (item.questionId === questionId ? { ...item, points } : item));

/** A new draw replaces what the previous draw put in; questions picked by hand stay first. */
export const replaceDrawnItems = (items: DraftItem[], drawn: DraftItem[]) =>
  addItems(
    items.filter((item) => item.source !== 'matrix'),
    drawn,
  );

export type DraftProblem = 'title' | 'grade' | 'subject' | 'items';

/** What still stops the draft from being saved. */
export function draftProblems(draft: ExamDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!draft.title.trim()) problems.push('title');
  if (!draft.grade) problems.push('grade');
  if (!draft.subjectCode) problems.push('subject');
  if (draft.items.length === 0) problems.push('items');
  return problems;
}

/** The request body of createExam/updateExam; call only when `draftProblems` is empty. */
export function draftToInput(draft: ExamDraft): ExamInput {
  return {
    title: draft.title.trim(),
    subjectCode: draft.subjectCode ?? '',
    grade: draft.grade ?? 1,
    durationMinutes: draft.durationMinutes,
    items: draft.items.map(({ questionId, points }) => ({ questionId, points })),
    settings: draft.settings,
    header: draft.header,
  };
}

/**
 * A saved exam back as a draft. The detail carries the points in force, not whether they were
 * overridden: points equal to the 2025 default are read as "default" so a change of subject still
 * follows the scheme.
 */
export function draftFromExam(exam: ExamDetail): ExamDraft {
  return {
    title: exam.title,
    subjectCode: exam.subject.code,
    grade: exam.grade,
    durationMinutes: exam.durationMinutes,
    settings: exam.settings,
    header: exam.header,
    items: exam.items.map((item) => ({
      questionId: item.questionId,
      points: item.points === defaultPointsHint(item.content.type, exam.subject.code) ? null : item.points,
      source: 'bank',
      type: item.content.type,
      level: item.level,
      topicTitle: item.topic?.title ?? null,
      stem: item.content.stem,
    })),
  };
}
