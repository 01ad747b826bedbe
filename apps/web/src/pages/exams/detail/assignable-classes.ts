interface TaughtClass {
  id: string;
  name: string;
  grade: number;
  subjects: { code: string }[];
}

/**
 * The classes an exam can be given to: those the teacher teaches its subject in, of the exam's grade
 * (the API refuses the others with ASSIGNMENT_CLASS_GRADE), by name.
 */
export function assignableClasses<T extends TaughtClass>(
  classes: T[],
  exam: { subject: { code: string }; grade: number | null },
): T[] {
  return classes
    .filter((item) => item.subjects.some((subject) => subject.code === exam.subject.code))
    .filter((item) => exam.grade === null || item.grade === exam.grade)
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}
