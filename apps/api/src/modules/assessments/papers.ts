import {
  type AttemptView,
  attemptViewSchema,
  type ImportedQuestion,
  type PaperQuestion,
  paperQuestionSchema,
  type QuestionContent,
  type QuestionPartContent,
} from '@hoclieu/contracts';
import { scoringUnits } from '@hoclieu/domain';
import { z } from 'zod';
import { itemContent, layoutOf, type TestItemRow } from './load.js';
import { typesetMath } from './typeset.js';

const LETTERS = 'ABCDEFGH';

/** Options in the version's order, each with the letter printed on this paper. */
function orderedOptions(content: QuestionPartContent | QuestionContent, order: string[] | undefined) {
  const byLabel = new Map(content.options.map((o) => [o.label, o]));
  const labels = order?.length === content.options.length ? order : content.options.map((o) => o.label);
  return labels.flatMap((label, i) => {
    const option = byLabel.get(label as never);
    return option ? [{ ...option, display: LETTERS[i] as string }] : [];
  });
}

interface Paper {
  version: { layout: unknown };
  items: TestItemRow[];
  subjectCode: string;
}

function itemsInOrder({ version, items }: Paper) {
  const layout = layoutOf(version);
  const byKey = new Map(items.map((i) => [i.key, i]));
  return layout.order.flatMap((key) => {
    const item = byKey.get(key);
    return item ? [{ item, options: layout.options[key] }] : [];
  });
}

/**
 * A student's paper for one version: the version's order, options relabelled, math typeset, and
 * nothing of the key (no correct flags, solutions or rubrics leave this function).
 */
export function studentPaper(paper: Paper): PaperQuestion[] {
  return itemsInOrder(paper).map(({ item, options }, index) => {
    const content = itemContent(item);
    const units = scoringUnits(item.key, content, item.points, paper.subjectCode);
    const partOf = (
      part: QuestionPartContent | QuestionContent,
      key: string,
      points: number,
      order?: string[],
    ) => ({
      key,
      type: part.type,
      stem: typesetMath(part.stem),
      options: orderedOptions(part, order).map((o) => ({
        label: o.label,
        display: o.display,
        html: typesetMath(o.html),
      })),
      statements: part.statements.map((s) => ({ label: s.label, html: typesetMath(s.html) })),
      points,
    });
    return {
      ...partOf(content, item.key, item.points, options),
      number: index + 1,
      part: item.part as PaperQuestion['part'],
      children: content.type === 'group' ? units.map((u) => partOf(u.content, u.key, u.points)) : [],
    };
  });
}

/** Papers are immutable once a test is assigned, so each version's paper is built once per process. */
export function createPaperCache(limit = 500) {
  const papers = new Map<string, PaperQuestion[]>();
  return {
    get: (versionId: string) => papers.get(versionId),
    /**
     * Keeps the paper as the contract shapes it (checked once, unknown fields dropped) with its
     * JSON, so sending it to thousands of students costs no validation or serialisation each.
     */
    remember(versionId: string, paper: PaperQuestion[]): PaperQuestion[] {
      if (papers.size >= limit) papers.delete(papers.keys().next().value as string);
      const checked = paperSchema.parse(paper);
      serialized.set(checked, JSON.stringify(checked));
      papers.set(versionId, checked);
      return checked;
    },
  };
}

const paperSchema = z.array(paperQuestionSchema);
const serialized = new WeakMap<PaperQuestion[], string>();

/** An attempt view as JSON, splicing in the cached paper's JSON (checked when it was cached). */
export function attemptViewJson(view: AttemptView): string {
  const envelope = attemptEnvelopeSchema.parse(view);
  const paper = serialized.get(view.questions) ?? JSON.stringify(paperSchema.parse(view.questions));
  return `${JSON.stringify(envelope).slice(0, -1)},"questions":${paper}}`;
}

const attemptEnvelopeSchema = attemptViewSchema.omit({ questions: true });

/** The version as printable questions: options reordered and relabelled A, B, C… with their keys. */
export function printableQuestions(paper: Paper): ImportedQuestion[] {
  return itemsInOrder(paper).map(({ item, options }, index) => {
    const content = itemContent(item);
    const toImported = (
      part: QuestionPartContent | QuestionContent,
      number: string,
      order?: string[],
    ): ImportedQuestion => ({
      number,
      part: item.part === 'essay' ? null : (item.part as 'I' | 'II' | 'III'),
      type: part.type,
      stem: part.stem,
      options: orderedOptions(part, order).map((o) => ({
        label: o.display as 'A',
        html: o.html,
        correct: o.correct,
      })),
      statements: part.statements,
      answer: part.answer,
      solution: part.solution,
      level: null,
      metadata: part.rubric ? { rubric: part.rubric } : {},
      problems: [],
      children:
        'children' in part ? part.children.map((child, i) => toImported(child, `${number}.${i + 1}`)) : [],
    });
    return toImported(content, String(index + 1), options);
  });
}
