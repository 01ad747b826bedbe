import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SubjectSelect } from '../../curriculum/subject-select';
import { gradeNumbers } from '../../curriculum/use-curriculum-options';
import { MinutesInput } from '../minutes-input';
import type { ExamDraft } from './exam-draft';

interface Props {
  draft: ExamDraft;
  onChange: (patch: Partial<ExamDraft>) => void;
}

/** Tên đề, khối lớp, môn học and thời gian làm bài. */
export function ExamInfoFields({ draft, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <TextInput
        label={t('examBuilder.examTitle')}
        placeholder={t('examBuilder.examTitlePlaceholder')}
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
          data={gradeNumbers.map((grade) => ({
            value: String(grade),
            label: t('questions.grade', { grade }),
          }))}
          onChange={(picked) => onChange({ grade: picked ? Number(picked) : null })}
        />
        <SubjectSelect
          label={t('questionMeta.subject')}
          withAsterisk
          of={draft}
          onPick={(subjectCode) => onChange({ subjectCode })}
        />
        <MinutesInput
          label={t('examBuilder.duration')}
          min={5}
          max={240}
          value={draft.durationMinutes}
          onChange={(value) => onChange({ durationMinutes: Number(value) || 45 })}
        />
      </SimpleGrid>
    </Stack>
  );
}
