import { describe, expect, it } from 'vitest';
import { assignableClasses } from '../src/pages/exams/detail/assignable-classes';

const toan = [{ code: 'toan' }];
const classes = [
  { id: '9a', name: '9A', grade: 9, subjects: toan },
  { id: '6b', name: '6B', grade: 6, subjects: toan },
  { id: '6a', name: '6A', grade: 6, subjects: toan },
  { id: '6c', name: '6C', grade: 6, subjects: [{ code: 'ngu-van' }] },
];

describe('the classes offered when assigning an exam', () => {
  it('are those of the exam grade the teacher teaches its subject in', () => {
    const offered = assignableClasses(classes, { subject: { code: 'toan' }, grade: 6 });
    expect(offered.map((item) => item.name)).toEqual(['6A', '6B']);
  });

  it('are every class of the subject for an exam without a grade', () => {
    const offered = assignableClasses(classes, { subject: { code: 'toan' }, grade: null });
    expect(offered.map((item) => item.name)).toEqual(['6A', '6B', '9A']);
  });
});
