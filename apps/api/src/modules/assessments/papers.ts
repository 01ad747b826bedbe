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
import { createBoundedCache } from '../../cache/bounded-cache.js';
import type { OptionIds } from './option-ids.js';
import { type ExamItemRow, itemContent, layoutOf } from './repository.js';
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
  items: ExamItemRow[];
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
 * Where an attempt's option id goes: each option of the cached paper carries a slot id `~N~`, and a
 * view fills the slots with that attempt's ids (option-ids.ts). A quote inside HTML is escaped in
 * JSON (`\"`), so `"id":"~N~"` only ever matches an option's own id field.
 */
const slotId = (n: number) => `~${n}~`;
const SLOT = /"id":"~(\d+)~"/;

/** One version's paper, built once per process and sent to every student of that version. */
export interface VersionPaper {
  /** The paper as the contract shapes it, every option id a slot. */
  questions: PaperQuestion[];
  /** Per slot: the option's item key and original letter. */
  slots: { key: string; label: string }[];
  /** Per answerable item: each original letter and the letter printed on this paper. */
  letters: Map<string, Map<string, string>>;
  /** Each answerable item's place in the paper: where its ids lie in an attempt's id stream. */
  positions: Map<string, number>;
}

/**
 * A student's paper for one version: the version's order, options relabelled, math typeset, and
 * nothing of the key (no correct flags, credits, feedback, hints, solutions or rubrics leave this
 * function), nor any original option letter: options carry slots for the attempt's ids and the
 * printed letter only.
 */
export function studentPaper(paper: Paper): VersionPaper {
  const slots: VersionPaper['slots'] = [];
  const letters: VersionPaper['letters'] = new Map();
  const questions = itemsInOrder(paper).map(({ item, options }, index) => {
    const content = itemContent(item);
    const units = scoringUnits(item.key, content, item.points, paper.subjectCode);
    const partOf = (
      part: QuestionPartContent | QuestionContent,
      key: string,
      points: number,
      order?: string[],
    ) => {
      const ordered = orderedOptions(part, order);
      if (part.type !== 'group') letters.set(key, new Map(ordered.map((o) => [o.label, o.display])));
      return {
        key,
        type: part.type,
        stem: typesetMath(part.stem),
        options: ordered.map((o) => ({
          id: slotId(slots.push({ key, label: o.label }) - 1),
          display: o.display,
          html: typesetMath(o.html),
        })),
        statements: part.statements.map((s) => ({ label: s.label, html: typesetMath(s.html) })),
        points,
      };
    };
    return {
      ...partOf(content, item.key, item.points, options),
      number: index + 1,
      part: item.part as PaperQuestion['part'],
      children: content.type === 'group' ? units.map((u) => partOf(u.content, u.key, u.points)) : [],
    };
  });
  return { questions, slots, letters, positions: new Map([...letters.keys()].map((key, i) => [key, i])) };
}

/** A cached paper: its JSON cut at the slots, text and slot numbers alternating. */
interface Cached extends VersionPaper {
  pieces: string[];
}

/** Papers are immutable once an exam is assigned, so each version's paper is built once per process. */
export function createPaperCache(limit = 500) {
  const papers = createBoundedCache<string, Cached>({ max: limit });
  return {
    get: (versionId: string): VersionPaper | undefined => papers.get(versionId),
    clear: () => papers.clear(),
    /**
     * Keeps the paper as the contract shapes it (checked once, unknown fields dropped) with its
     * JSON cut at the option slots, so sending it to thousands of students costs no validation or
     * serialisation each: only their option ids are put in.
     */
    remember(versionId: string, paper: VersionPaper): VersionPaper {
      const cached = cut({ ...paper, questions: paperSchema.parse(paper.questions) });
      byQuestions.set(cached.questions, cached);
      papers.set(versionId, cached);
      return cached;
    },
  };
}

const paperSchema = z.array(paperQuestionSchema);
const byQuestions = new WeakMap<PaperQuestion[], Cached>();

function cut(paper: VersionPaper): Cached {
  const pieces = JSON.stringify(paper.questions).split(SLOT);
  if ((pieces.length - 1) / 2 !== paper.slots.length)
    throw new Error('paper slots out of step with its JSON');
  return { ...paper, pieces };
}

/** A paper's JSON with one attempt's option ids in its slots. */
function paperJson(paper: Cached, ids: { idOf(itemKey: string, label: string): string }): string {
  const { pieces, slots } = paper;
  let json = pieces[0] as string;
  for (let i = 1; i < pieces.length; i += 2) {
    const slot = slots[Number(pieces[i])] as { key: string; label: string };
    json += `"id":"${ids.idOf(slot.key, slot.label)}"${pieces[i + 1]}`;
  }
  return json;
}

/**
 * An attempt view as JSON, splicing in the cached paper's JSON (checked when it was cached) with the
 * attempt's option ids. `view.questions` is the version's paper with slots, never sent as it is.
 */
export function attemptViewJson(view: AttemptView, optionIds: OptionIds): string {
  const envelope = attemptEnvelopeSchema.parse(view);
  const paper = byQuestions.get(view.questions);
  if (!paper) throw new Error('an attempt view goes out with a cached paper only');
  const ids = optionIds.forAttempt(view.id, paper.positions);
  return `${JSON.stringify(envelope).slice(0, -1)},"questions":${paperJson(paper, ids)}}`;
}

const attemptEnvelopeSchema = attemptViewSchema.omit({ questions: true });

/**
 * How a version prints each answerable item, without typesetting: its number on the paper ("5", or
 * "5.2" in a group) and, per original option letter, the printed letter.
 */
export function printedLayout(paper: Paper) {
  const numbers = new Map<string, string>();
  const letters = new Map<string, Map<string, string>>();
  itemsInOrder(paper).forEach(({ item, options }, index) => {
    const content = itemContent(item);
    const lettersOf = (part: QuestionPartContent | QuestionContent, order?: string[]) =>
      new Map(orderedOptions(part, order).map((o) => [o.label as string, o.display]));
    if (content.type !== 'group') {
      numbers.set(item.key, String(index + 1));
      letters.set(item.key, lettersOf(content, options));
    }
    for (const unit of content.type === 'group'
      ? scoringUnits(item.key, content, item.points, paper.subjectCode)
      : []) {
      numbers.set(unit.key, `${index + 1}.${unit.key.split('.')[1]}`);
      letters.set(unit.key, lettersOf(unit.content));
    }
  });
  return { numbers, letters };
}

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
