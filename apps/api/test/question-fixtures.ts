import type { QuestionInput } from '@hoclieu/contracts';
import type { Client } from './helpers.js';
import { post, type World } from './world.js';

/** A valid single-choice question with a formula; override any part. */
export function choiceQuestion(stem: string, overrides: Partial<QuestionInput['meta']> = {}): QuestionInput {
  return {
    content: {
      type: 'single_choice',
      stem,
      options: [
        {
          label: 'A',
          html: '<span class="math" data-latex="x = A\\cos(\\omega t + \\varphi)"></span>',
          correct: true,
        },
        { label: 'B', html: 'x = At', correct: false },
        { label: 'C', html: 'x = A', correct: false },
        { label: 'D', html: 'x = 0', correct: false },
      ],
    },
    meta: { subjectCode: null, grade: 12, level: 'biet', tags: ['dao-dong'], ...overrides },
  };
}

export async function createQuestion(client: Client, input: QuestionInput) {
  const response = await client.request({ method: 'POST', url: '/api/questions', payload: input });
  if (response.statusCode !== 200) throw new Error(`create failed: ${response.statusCode} ${response.body}`);
  return response.json() as { id: string; status: string; currentVersion: number };
}

/** The world's POST helper, here too for the suites that import it with their questions. */
export { post };

/** `input` created by `author`, submitted for school review and approved by `reviewer`. */
export async function approvedQuestionOf(author: Client, reviewer: Client, input: QuestionInput) {
  const q = await createQuestion(author, input);
  await post(author, `/api/questions/${q.id}/share-requests`, { scope: 'school' });
  const decided = await post(reviewer, `/api/questions/${q.id}/decisions`, { decision: 'approve' });
  if (decided.statusCode !== 200) throw new Error(`approve failed: ${decided.body}`);
  return q;
}

/** A single-choice question with this stem, created by `author` and approved by `reviewer`. */
export const approvedQuestion = (author: Client, reviewer: Client, stem: string) =>
  approvedQuestionOf(author, reviewer, choiceQuestion(stem));

/**
 * Two questions for the near-duplicate checks: one approved in the world's school (in the teacher's
 * scope) and a draft of another school's teacher (out of it).
 */
export async function nearDuplicates(w: World, inScope: string, outOfScope: string) {
  const original = await approvedQuestion(w.teacher.client, w.schoolAdmin.client, inScope);
  const hidden = await createQuestion(w.otherTeacher.client, choiceQuestion(outOfScope));
  return { original, hidden };
}

export const aikenFile = (text: string) => Buffer.from(text.trim().replaceAll('\n', '\r\n'), 'utf8');
