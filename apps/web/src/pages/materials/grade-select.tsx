import { Select, type SelectProps } from '@mantine/core';
import { useGradeOptions } from '../curriculum/use-curriculum-options';

interface GradeSelectProps extends Omit<SelectProps, 'value' | 'data' | 'onChange'> {
  value: number | null;
  onPick: (grade: number | null) => void;
}

/** Khối lớp 1 to 12, picked as a number; cleared, none. */
export function GradeSelect({ value, onPick, ...select }: GradeSelectProps) {
  const grades = useGradeOptions();
  return (
    <Select
      clearable
      {...select}
      value={value ? String(value) : null}
      data={grades}
      onChange={(picked) => onPick(picked ? Number(picked) : null)}
    />
  );
}
