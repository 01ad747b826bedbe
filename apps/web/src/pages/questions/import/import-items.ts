import type {
  ImportPreview,
  ImportProblem,
  QuestionContent,
  QuestionMeta,
  SimilarQuestion,
} from '@hoclieu/contracts';

/** One question of an import on the review screen: as parsed, or as the teacher fixed it. */
export interface ImportItem {
  /** Its place in the file (stable while items are fixed and skipped). */
  index: number;
  /** As in the file: "Câu 3". */
  number: string;
  content: QuestionContent;
  meta: QuestionMeta;
  problems: ImportProblem[];
  similar: SimilarQuestion[];
  skipped: boolean;
}

export type ImportItemStatus = 'ready' | 'error' | 'skipped';

/** Metadata set once for the whole file; an item's own value (from the file) wins over it. */
export type ImportDefaults = Pick<QuestionMeta, 'subjectCode' | 'grade' | 'topicId' | 'level'>;
export const noDefaults: ImportDefaults = { subjectCode: null, grade: null, topicId: null, level: null };

export const hasErrors = (item: Pick<ImportItem, 'problems'>) =>
  item.problems.some((problem) => problem.severity === 'error');

/** An item with errors is left out until it is fixed, whether or not the teacher skipped it. */
export function itemStatus(item: ImportItem): ImportItemStatus {
  if (item.skipped) return 'skipped';
  return hasErrors(item) ? 'error' : 'ready';
}

export function itemsFromPreview(preview: ImportPreview): ImportItem[] {
  return preview.items.map((item, index) => ({ index, ...item, skipped: false }));
}

/** "N câu sẵn sàng, M câu lỗi, K bỏ qua". */
export function importSummary(items: ImportItem[]) {
  const count = (status: ImportItemStatus) => items.filter((item) => itemStatus(item) === status).length;
  return { ready: count('ready'), errors: count('error'), skipped: count('skipped') };
}

function withDefaults(meta: QuestionMeta, defaults: ImportDefaults): QuestionMeta {
  // A topic belongs to a subject and grade: the default one only fits an item that takes those too.
  const subjectCode = meta.subjectCode ?? defaults.subjectCode;
  const grade = meta.grade ?? defaults.grade;
  const topicFits = subjectCode === defaults.subjectCode && grade === defaults.grade;
  return {
    ...meta,
    subjectCode,
    grade,
    topicId: meta.topicId ?? (topicFits ? defaults.topicId : null),
    level: meta.level ?? defaults.level,
  };
}

/** The `importCommit` body: the ready items only, in file order, with the defaults filled in. */
export function commitBody(items: ImportItem[], defaults: ImportDefaults, submit: boolean) {
  const ready = items.filter((item) => itemStatus(item) === 'ready');
  return {
    items: ready.map((item) => ({
      number: item.number,
      content: item.content,
      meta: withDefaults(item.meta, defaults),
    })),
    submit,
  };
}

/** Replaces one item (found by its place in the file). */
export const updateItem = (items: ImportItem[], index: number, patch: Partial<ImportItem>) =>
  items.map((item) => (item.index === index ? { ...item, ...patch } : item));
