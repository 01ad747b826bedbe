import { licences, materialTypes } from '@hoclieu/contracts';
import { Radio, Select, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MaterialFields, MaterialFieldsProps } from './material-fields';
import { SubjectTopicFields } from './subject-topic-fields';
import { useInvalidText } from './use-invalid-text';

/** The metadata of a material: what it is, for whom, and under which licence. */
export function MaterialForm({ value, onChange, invalid }: MaterialFieldsProps) {
  const { t } = useTranslation();
  const error = useInvalidText(invalid);
  return (
    <Stack gap="md">
      <TextInput
        label={t('materialForm.name')}
        withAsterisk
        value={value.title}
        onChange={(event) => onChange({ title: event.currentTarget.value })}
        error={error('title')}
        maxLength={300}
      />
      <Textarea
        label={t('materialForm.description')}
        autosize
        minRows={3}
        maxRows={10}
        value={value.description}
        onChange={(event) => onChange({ description: event.currentTarget.value })}
        error={error('description')}
      />
      <Select
        label={t('materialForm.type')}
        withAsterisk
        allowDeselect={false}
        value={value.type}
        data={materialTypes.map((type) => ({ value: type, label: t(`materials.types.${type}`) }))}
        onChange={(type) => type && onChange({ type: type as MaterialFields['type'] })}
        error={error('type')}
        maw={{ sm: 320 }}
      />
      <SubjectTopicFields value={value} onChange={onChange} invalid={invalid} />
      <TagsInput
        label={t('materialForm.tags')}
        description={t('materialForm.tagsHint')}
        value={value.tags}
        onChange={(tags) => onChange({ tags })}
        error={error('tags')}
        clearable
      />
      <Radio.Group
        label={t('materialForm.licence')}
        withAsterisk
        value={value.licence}
        onChange={(licence) => onChange({ licence: licence as MaterialFields['licence'] })}
        error={error('licence')}
      >
        <Stack gap="sm" mt="xs">
          {licences.map((licence) => (
            <Radio
              key={licence}
              value={licence}
              label={t(`licences.${licence}`)}
              description={t(`licences.explain.${licence}`)}
            />
          ))}
        </Stack>
      </Radio.Group>
    </Stack>
  );
}
