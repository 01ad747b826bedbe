import { endpoints } from '@hoclieu/contracts';
import { NumberInput, type NumberInputProps, Select } from '@mantine/core';
import { useState } from 'react';
import { useApiQuery } from '../../api/use-api-query';
import { vietnamToday } from '../../components/vietnam-format';

/** The class and subject a lesson is for, until both are picked. */
interface ClassSubject {
  classId: string | null;
  subjectCode: string | null;
}

/**
 * A lesson's class and subject: the classes in which the teacher teaches some subject (loaded while
 * `enabled`, a dialog being open) and what is picked among them.
 */
export function useLessonClass(enabled: boolean) {
  const query = useApiQuery(endpoints.org.myClasses, {}, { enabled });
  const teaching = (query.data?.items ?? []).filter((item) => item.subjects.length > 0);
  const [picked, setPicked] = useState<ClassSubject>({ classId: null, subjectCode: null });
  return { query, teaching, picked, setPicked };
}

/** A lesson's day (today to start with) and how many periods it takes (one to start with). */
export function useLessonTime() {
  const [date, setDate] = useState(() => vietnamToday());
  const [periods, setPeriods] = useState<number | string>(1);
  return { date, setDate, periods, setPeriods };
}

type TeachingClass = ReturnType<typeof useLessonClass>['teaching'][number];

interface ClassSubjectSelectsProps {
  of: ReturnType<typeof useLessonClass>;
  labels: { class: string; subject: string };
  /** How a class reads in the list (its name, or with its school). */
  classLabel: (item: TeachingClass) => string;
  errors?: { classId?: string | undefined; subjectCode?: string | undefined };
}

/** Class, then one of the subjects the teacher teaches in it; a class with one such subject picks it. */
export function ClassSubjectSelects({ of, labels, classLabel, errors = {} }: ClassSubjectSelectsProps) {
  const { teaching, picked: value, setPicked: onChange } = of;
  const chosen = teaching.find((item) => item.id === value.classId);
  return (
    <>
      <Select
        label={labels.class}
        withAsterisk
        value={value.classId}
        data={teaching.map((item) => ({ value: item.id, label: classLabel(item) }))}
        onChange={(classId) => {
          const subjects = teaching.find((item) => item.id === classId)?.subjects ?? [];
          onChange({ classId, subjectCode: subjects.length === 1 ? (subjects[0]?.code ?? null) : null });
        }}
        error={errors.classId}
      />
      <Select
        label={labels.subject}
        withAsterisk
        value={value.subjectCode}
        data={(chosen?.subjects ?? []).map((subject) => ({ value: subject.code, label: subject.name }))}
        onChange={(subjectCode) => onChange({ classId: value.classId, subjectCode })}
        disabled={!chosen}
        error={errors.subjectCode}
      />
    </>
  );
}

/** How many periods (tiết) a lesson took: a whole number from 1 to 10, asked for unless said otherwise. */
export function PeriodsInput(props: Omit<NumberInputProps, 'min' | 'max' | 'allowDecimal'>) {
  return <NumberInput withAsterisk min={1} max={10} allowDecimal={false} {...props} />;
}
