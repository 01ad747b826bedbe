import type { ImportedQuestion, ImportProblem, QuestionPart } from '@hoclieu/contracts';
import { problem, warning } from '../problems.js';
import { type AnswerKeyEntry, parseAnswerText } from './answer-key.js';
import type { Block } from './body.js';
import { classify } from './classify.js';
import { appendParagraph, newDraft, type QuestionDraft, readItems } from './draft.js';
import { applyAnswer, checkDocxQuestion, finalizeDraft } from './finalize.js';
import { noteSolutionKey } from './key-line.js';
import { parseAnswerTable } from './key-table.js';
import { headingPart, isScoringNote, keyLine, keysAfterHeading, keysAfterPart } from './key-text.js';
import { KeyVersions, versionCode } from './key-versions.js';
import { addOptionTable } from './option-table.js';
import { applyMarkers, stemMarkers } from './question-markers.js';
import { sliceSegments } from './segments.js';
import { segmentsToHtml } from './segments-html.js';

type Mode = 'questions' | 'answers' | 'solutions' | 'after_end';

/** Walks the paragraphs and tables of a Word paper and builds its questions. */
export function assembleQuestions(blocks: Block[]): {
  questions: ImportedQuestion[];
  problems: ImportProblem[];
} {
  const problems: ImportProblem[] = [];
  const drafts: QuestionDraft[] = [];
  const keys: AnswerKeyEntry[] = [];
  let mode: Mode = 'questions';
  let part: QuestionPart = null;
  let current: QuestionDraft | null = null;
  let group: QuestionDraft | null = null;
  let solutionOf: QuestionDraft | null = null;
  const versions = new KeyVersions();

  // Every question (group children included) indexed as it is made: scanning them all again for
  // each paragraph made a paper of 20,000 one-line questions (a 10 KB .docx) take two minutes.
  const byNumber = new Map<number, QuestionDraft[]>();
  const numberedInPart = new Set<string>();
  let bareNumbers = true;
  const addQuestion = (draft: QuestionDraft): void => {
    const same = byNumber.get(draft.number);
    if (same) same.push(draft);
    else byNumber.set(draft.number, [draft]);
    numberedInPart.add(`${draft.number}|${draft.part}`);
    if (/\D/.test(draft.label)) bareNumbers = false;
  };
  const find = (n: number): QuestionDraft | undefined => {
    const matches = byNumber.get(n) ?? [];
    return matches.find((d) => d.part === part) ?? matches[matches.length - 1];
  };

  for (const block of blocks) {
    const location = `đoạn ${block.index}`;
    if (block.kind === 'table') {
      if (mode === 'answers' || (mode === 'after_end' && !solutionOf))
        keys.push(...parseAnswerTable(block.cells, part, location));
      else if (mode === 'solutions' && solutionOf) solutionOf.solution.push(block.html);
      else if (current) {
        if (!addOptionTable(current, block)) appendParagraph(current, block.html);
      } else if (group) group.stem.push(block.html);
      continue;
    }
    const text = block.text;
    if (!text.trim() && !block.segments.some((s) => s.kind === 'image' || s.kind === 'math')) continue;
    const c = classify(text, {
      bareNumbers,
      nextNumber: (current?.number ?? 0) + 1,
    });
    // [to, resume) is left out: markers ending a stem ("Tính x (NB).").
    const html = (from = 0, to = text.length, resume = text.length): string =>
      segmentsToHtml([
        ...sliceSegments(block.segments, from, to),
        ...sliceSegments(block.segments, resume, text.length),
      ]);

    const version = versionCode(text);
    if (version && mode !== 'questions') {
      // "Mã đề 102" in the key section: the next version's keys start here.
      versions.keySection(version, keys.length);
      [mode, part, solutionOf] = ['answers', null, null];
      continue;
    }
    if (version) versions.paper(version);
    if (c.kind === 'end') {
      current = group = null;
      part = null;
      mode = 'after_end';
    } else if (c.kind === 'answer_heading') {
      current = group = null;
      part = headingPart(text);
      mode = 'answers';
      keys.push(...keysAfterHeading(text, location));
    } else if (c.kind === 'part') {
      current = group = null;
      part = c.part;
      if (mode === 'after_end') mode = 'answers';
      if (mode !== 'questions') keys.push(...keysAfterPart(text, part, location));
    } else if (mode === 'answers' || mode === 'after_end') {
      if (c.kind === 'solution_heading') {
        mode = 'solutions';
        continue;
      }
      // A numbered line is a solution ("Câu 15." then its rubric) unless it is all keys.
      if (c.kind === 'question' && !keyLine(text, part, location)) {
        mode = 'solutions';
        solutionOf = solutionTarget(find(c.number), c.label, problems);
        solutionOf?.solution.push(html(c.rest));
        noteSolutionKey(solutionOf, text.slice(c.rest));
        continue;
      }
      const parsed = parseAnswerText(text, part, location);
      keys.push(...parsed.entries);
      if (parsed.entries.length === 0 && !isScoringNote(text))
        problems.push(warning('UNKNOWN_STRUCTURE', location, text.slice(0, 60)));
    } else if (mode === 'solutions') {
      // A bare "HƯỚNG DẪN GIẢI" / "Lời giải" heading is no part of a solution.
      if (c.kind === 'solution_heading' && !text.slice(c.rest).trim()) continue;
      const lineKeys = c.kind === 'question' ? keyLine(text, part, location) : null;
      if (lineKeys) keys.push(...lineKeys);
      else if (c.kind === 'question') {
        solutionOf = solutionTarget(find(c.number), c.label, problems);
        solutionOf?.solution.push(html(c.rest));
        noteSolutionKey(solutionOf, text.slice(c.rest));
      } else if (c.kind === 'answer_line' && solutionOf) {
        solutionOf.answerLines.push(c.value);
        solutionOf.solution.push(html());
      } else if (solutionOf) {
        solutionOf.solution.push(html());
        noteSolutionKey(solutionOf, text);
      }
    } else if (c.kind === 'solution_heading') {
      if (current) {
        current.target = 'solution';
        current.solution.push(html(c.rest));
        noteSolutionKey(current, text.slice(c.rest));
      } else mode = 'solutions';
    } else if (c.kind === 'group_intro') {
      group = newDraft(c.from, `Câu ${c.from}-${c.to}`, part, null);
      group.group = { from: c.from, to: c.to };
      group.stem.push(html(0, ...stemMarkers(group, text)));
      drafts.push(group);
      current = null;
    } else if (c.kind === 'question') {
      if (numberedInPart.has(`${c.number}|${part}`)) {
        problems.push(warning('DUPLICATE_NUMBER', c.label));
      }
      current = newDraft(c.number, c.label, part, c.level);
      addQuestion(current);
      current.stem.push(html(c.rest, c.end, c.resume));
      applyMarkers(current, c.markers);
      const inGroup = group?.group && c.number >= group.group.from && c.number <= group.group.to;
      if (inGroup && group) group.children.push(current);
      else {
        group = null;
        drafts.push(current);
      }
    } else if (!current) {
      if (group) group.stem.push(html());
      else if (drafts.length > 0) problems.push(warning('UNKNOWN_STRUCTURE', location, text.slice(0, 60)));
      // Before the first question: the paper's header (school, subject, time), not a question.
    } else if (c.kind === 'options' && current.target !== 'solution') {
      current.options.push(...readItems(block.segments, c.items, 'option'));
      current.target = 'option';
    } else if (c.kind === 'statements' && current.target !== 'solution') {
      current.statements.push(...readItems(block.segments, c.items, 'statement'));
      current.target = 'statement';
    } else if (c.kind === 'answer_line') {
      current.answerLines.push(c.value);
      if (current.target === 'solution') current.solution.push(html());
    } else if (c.kind === 'level_line') {
      applyMarkers(current, c.markers);
    } else if (current.target === 'solution') {
      noteSolutionKey(current, text);
      appendParagraph(current, html());
    } else
      appendParagraph(current, current.target === 'stem' ? html(0, ...stemMarkers(current, text)) : html());
  }

  const questions = drafts.map(finalizeDraft);
  applyKeys(questions, versions.select(keys, problems), problems);
  for (const q of questions) checkDocxQuestion(q);
  return { questions, problems };
}

function solutionTarget(
  draft: QuestionDraft | undefined,
  label: string,
  problems: ImportProblem[],
): QuestionDraft | null {
  if (!draft) problems.push(warning('SOLUTION_FOR_MISSING_QUESTION', label));
  return draft ?? null;
}

const KIND_FITS: Record<string, (q: ImportedQuestion) => boolean> = {
  choice: (q) => q.options.length > 0 || q.type === 'single_choice',
  tf: (q) => q.type === 'true_false_group',
  short: (q) => q.type === 'short_answer' || q.type === 'essay',
};

/** Answer-table entries matched to questions by number, then part, then kind of answer. */
function applyKeys(questions: ImportedQuestion[], keys: AnswerKeyEntry[], problems: ImportProblem[]): void {
  const byNumber = new Map<number, ImportedQuestion[]>();
  for (const q of questions.flatMap((q) => (q.type === 'group' ? q.children : [q]))) {
    const number = Number(q.number.replace(/\D/g, ''));
    const same = byNumber.get(number);
    if (same) same.push(q);
    else byNumber.set(number, [q]);
  }
  for (const key of keys) {
    const sameNumber = byNumber.get(key.number) ?? [];
    const inPart = sameNumber.filter((q) => key.part === null || q.part === key.part);
    const candidates = inPart.length ? inPart : sameNumber;
    const target = candidates.find(KIND_FITS[key.value.kind]!) ?? candidates[0];
    if (!target) {
      problems.push(problem('ANSWER_FOR_MISSING_QUESTION', key.location, 'warning', `câu ${key.number}`));
      continue;
    }
    applyAnswer(target, key.value, target.problems, target.number);
  }
}
