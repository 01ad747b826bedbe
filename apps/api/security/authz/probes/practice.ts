import { probe } from '../matrix.js';

const OWN = "no target: the caller's own practice (a student's answers and mastery)";

/**
 * Luyện tập: only students, on their own practice. The answer probe sends a ticket nobody signed: a
 * student passes the role check and is refused for the ticket (409 PRACTICE_NOT_SERVED, not about
 * access); anyone else is refused for the role (403). apps/api/test/practice.test.ts crosses the
 * student-to-student line with real tickets.
 */
export const practiceProbes = [
  probe('GET /api/practice/progress', async () => ({ method: 'GET', url: '/api/practice/progress' }), OWN),
  probe('GET /api/practice/next', async () => ({ method: 'GET', url: '/api/practice/next' }), OWN),
  probe(
    'POST /api/practice/answers',
    async () => ({
      method: 'POST',
      url: '/api/practice/answers',
      payload: {
        answerId: '6f1c2b9e-3d4a-4e5f-8a7b-9c0d1e2f3a4b',
        ticket: 'unsigned.ticket',
        answer: { choice: 'A' },
      },
    }),
    OWN,
  ),
];
