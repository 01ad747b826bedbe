import type { QuestionInput } from '@hoclieu/contracts';
import type { Client } from './helpers.js';

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

export const post = (client: Client, url: string, payload: object = {}) =>
  client.request({ method: 'POST', url, payload });

/** A question created by `author`, submitted for school review and approved by `reviewer`. */
export async function approvedQuestion(author: Client, reviewer: Client, stem: string) {
  const q = await createQuestion(author, choiceQuestion(stem));
  await post(author, `/api/questions/${q.id}/share-requests`, { scope: 'school' });
  const decided = await post(reviewer, `/api/questions/${q.id}/decisions`, { decision: 'approve' });
  if (decided.statusCode !== 200) throw new Error(`approve failed: ${decided.body}`);
  return q;
}

export const aikenFile = (text: string) => Buffer.from(text.trim().replaceAll('\n', '\r\n'), 'utf8');
