import { multipleSelectRuleSchema } from '@hoclieu/contracts';
import { Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExamDraft } from './exam-draft';

interface Props {
  draft: ExamDraft;
  onChange: (patch: Partial<ExamDraft>) => void;
}

/** How the paper versions are shuffled and graded, and the header printed on the paper. */
export function ExamSettingsFields({ draft, onChange }: Props) {
  const { t } = useTranslation();
  const { settings, header } = draft;
  const setSettings = (patch: Partial<ExamDraft['settings']>) =>
    onChange({ settings: { ...settings, ...patch } });
  const setHeader = (patch: Partial<ExamDraft['header']>) => onChange({ header: { ...header, ...patch } });
  return (
    <Stack gap="md">
      <Stack gap="xs">
        <Switch
          label={t('examBuilder.shuffleQuestions')}
          checked={settings.shuffleQuestions}
          onChange={(event) => setSettings({ shuffleQuestions: event.currentTarget.checked })}
        />
        <Switch
          ml="lg"
          label={t('examBuilder.withinParts')}
          description={t('examBuilder.withinPartsHint')}
          disabled={!settings.shuffleQuestions}
          checked={settings.withinParts}
          onChange={(event) => setSettings({ withinParts: event.currentTarget.checked })}
        />
        <Switch
          label={t('examBuilder.shuffleOptions')}
          checked={settings.shuffleOptions}
          onChange={(event) => setSettings({ shuffleOptions: event.currentTarget.checked })}
        />
        <Select
          label={t('examBuilder.multipleSelect')}
          value={settings.multipleSelect}
          allowDeselect={false}
          data={multipleSelectRuleSchema.options.map((rule) => ({
            value: rule,
            label: t(`examBuilder.multipleSelectRules.${rule}`),
          }))}
          onChange={(rule) => {
            const parsed = multipleSelectRuleSchema.safeParse(rule);
            if (parsed.success) setSettings({ multipleSelect: parsed.data });
          }}
          maw={360}
        />
      </Stack>
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('examBuilder.header')}
        </Text>
        <SimpleGrid type="container" cols={{ base: 1, '30rem': 3 }} spacing="sm">
          <TextInput
            label={t('examBuilder.authority')}
            placeholder={t('examBuilder.authorityPlaceholder')}
            maxLength={200}
            value={header.authority}
            onChange={(event) => setHeader({ authority: event.currentTarget.value })}
          />
          <TextInput
            label={t('examBuilder.school')}
            maxLength={200}
            value={header.school}
            onChange={(event) => setHeader({ school: event.currentTarget.value })}
          />
          <TextInput
            label={t('examBuilder.schoolYear')}
            placeholder="2026-2027"
            maxLength={20}
            value={header.schoolYear}
            onChange={(event) => setHeader({ schoolYear: event.currentTarget.value })}
          />
        </SimpleGrid>
      </Stack>
    </Stack>
  );
}
