import { Select, type SelectProps } from '@mantine/core';
import { useSubjectOptions } from './use-curriculum-options';

interface SubjectSelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchable'> {
  /** The form's subject and grade: the options are the grade's subjects once a grade is chosen. */
  of: { subjectCode: string | null; grade: number | null };
  onPick: (subjectCode: string | null) => void;
}

/** A form's searchable subject select, over the subjects of the curriculum table. */
export function SubjectSelect({ of, onPick, ...props }: SubjectSelectProps) {
  const subjects = useSubjectOptions(of.grade);
  return (
    <Select
      searchable
      value={of.subjectCode}
      data={subjects}
      onChange={(subjectCode) => onPick(subjectCode ?? null)}
      {...props}
    />
  );
}
