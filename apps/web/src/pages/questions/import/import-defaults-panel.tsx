import { cognitiveLevels, type QuestionMeta } from '@hoclieu/contracts';
import { Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageSection } from '../../../components/page-section';
import { SubjectGradeTopicFields } from '../editor/subject-grade-topic-fields';
import type { ImportDefaults } from './import-items';

interface ImportDefaultsPanelProps {
  value: ImportDefaults;
  onChange: (next: ImportDefaults) => void;
}

/** Subject, grade, topic and level set once for every question that the file does not say them for. */
export function ImportDefaultsPanel({ value, onChange }: ImportDefaultsPanelProps) {
  const { t } = useTranslation();
  return (
    <PageSection title={t('questionImport.defaultsTitle')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('questionImport.defaultsHint')}
        </Text>
        <SubjectGradeTopicFields value={value} onChange={(patch) => onChange({ ...value, ...patch })} />
        <Select
          label={t('questionMeta.level')}
          clearable
          maw={{ sm: 260 }}
          value={value.level}
          data={cognitiveLevels.map((level) => ({ value: level, label: t(`questions.levels.${level}`) }))}
          onChange={(level) => onChange({ ...value, level: (level as QuestionMeta['level']) ?? null })}
        />
      </Stack>
    </PageSection>
  );
}
