import { endpoints } from '@hoclieu/contracts';
import { NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api/use-api-query';
import type { TestDraft } from './test-draft';

const grades = Array.from({ length: 12 }, (_, index) => index + 1);

interface Props {
  draft: TestDraft;
  onChange: (patch: Partial<TestDraft>) => void;
}

/** Tên đề, khối lớp, môn học and thời gian làm bài. */
export function TestInfoFields({ draft, onChange }: Props) {
  const { t } = useTranslation();
  const periods = useApiQuery(endpoints.curriculum.listPeriods, {
    query: draft.grade ? { grade: draft.grade } : {},
  });
  const subjects = [
    ...new Map((periods.data?.items ?? []).map((item) => [item.subjectCode, item.subjectName])),
  ].map(([value, label]) => ({ value, label }));
  return (
    <Stack gap="sm">
      <TextInput
        label={t('testBuilder.testTitle')}
        placeholder={t('testBuilder.testTitlePlaceholder')}
        withAsterisk
        maxLength={300}
        value={draft.title}
        onChange={(event) => onChange({ title: event.currentTarget.value })}
      />
      <SimpleGrid type="container" cols={{ base: 1, '30rem': 3 }} spacing="sm">
        <Select
          label={t('questionMeta.grade')}
          withAsterisk
          value={draft.grade ? String(draft.grade) : null}
          data={grades.map((grade) => ({ value: String(grade), label: t('questions.grade', { grade }) }))}
          onChange={(picked) => onChange({ grade: picked ? Number(picked) : null })}
        />
        <Select
          label={t('questionMeta.subject')}
          withAsterisk
          searchable
          value={draft.subjectCode}
          data={subjects}
          onChange={(subjectCode) => onChange({ subjectCode })}
        />
        <NumberInput
          label={t('testBuilder.duration')}
          suffix={` ${t('testBuilder.minutesSuffix')}`}
          min={5}
          max={240}
          allowDecimal={false}
          value={draft.durationMinutes}
          onChange={(value) => onChange({ durationMinutes: Number(value) || 45 })}
        />
      </SimpleGrid>
    </Stack>
  );
}
