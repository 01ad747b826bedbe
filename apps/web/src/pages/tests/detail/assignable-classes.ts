interface TaughtClass {
  id: string;
  name: string;
  grade: number;
  subjects: { code: string }[];
}

/**
 * The classes a test can be given to: those the teacher teaches its subject in, of the test's grade
 * (the API refuses the others with ASSIGNMENT_CLASS_GRADE), by name.
 */
export function assignableClasses<T extends TaughtClass>(
  classes: T[],
  test: { subject: { code: string }; grade: number | null },
): T[] {
  return classes
    .filter((item) => item.subjects.some((subject) => subject.code === test.subject.code))
    .filter((item) => test.grade === null || item.grade === test.grade)
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}
