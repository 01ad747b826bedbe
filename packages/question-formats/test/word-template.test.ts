import { importResultSchema } from '@hoclieu/contracts';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_QUESTIONS } from '../src/docx-export/word-template.js';
import { parseQuestions, wordTemplate } from '../src/index.js';

const allProblems = (questions: typeof TEMPLATE_QUESTIONS) =>
  questions.flatMap((q) => [...q.problems, ...q.children.flatMap((child) => child.problems)]);

describe('wordTemplate', () => {
  it('reads back as its worked examples only: the instructions are not taken for questions', async () => {
    const result = importResultSchema.parse(await parseQuestions(await wordTemplate(), 'mau.docx'));
    expect(
      [...result.problems, ...allProblems(result.questions)].filter((p) => p.severity === 'error'),
    ).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.questions).toEqual(TEMPLATE_QUESTIONS);
  });

  it('has one example of each type the Word convention knows, in parts I, II, III and an essay part', () => {
    const types = TEMPLATE_QUESTIONS.map((q) => [q.part, q.type]);
    expect(types).toEqual([
      ['I', 'single_choice'],
      ['I', 'group'],
      ['I', 'multiple_select'],
      ['II', 'true_false_group'],
      ['III', 'short_answer'],
      [null, 'essay'],
    ]);
    expect(TEMPLATE_QUESTIONS[0]?.stem).toContain('class="math"');
    expect(TEMPLATE_QUESTIONS[3]?.statements).toHaveLength(4);
    expect(TEMPLATE_QUESTIONS[4]?.answer?.accepted).toEqual(['0,5']);
  });
});
