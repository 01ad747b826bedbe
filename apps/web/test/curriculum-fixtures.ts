import { json } from './fake-api';

/** `GET /api/curriculum/periods` with one subject: Toán, grade 6 (what subject names come from). */
export const toan6Periods = () =>
  json(200, {
    items: [
      {
        level: 'lower_secondary',
        grade: 6,
        subjectCode: 'toan',
        subjectName: 'Toán',
        periodsPerYear: 140,
        kind: 'compulsory',
      },
    ],
  });
