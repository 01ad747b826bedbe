import { Group, NumberInput, TagsInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ShortAnswerEditorProps {
  accepted: string[];
  tolerance: number | null;
  onChange: (patch: { accepted?: string[]; tolerance?: number | null }) => void;
}

/** Accepted numeric answers as written ("0,5": a comma is a decimal mark, so `;` separates them). */
export function ShortAnswerEditor({ accepted, tolerance, onChange }: ShortAnswerEditorProps) {
  const { t, i18n } = useTranslation();
  return (
    <Group gap="md" align="flex-start" grow preventGrowOverflow={false}>
      <TagsInput
        label={t('questionEditor.accepted')}
        description={t('questionEditor.acceptedHint')}
        withAsterisk
        splitChars={[';']}
        value={accepted}
        onChange={(values) => onChange({ accepted: values.map((value) => value.trim()).filter(Boolean) })}
        miw={220}
      />
      <NumberInput
        label={t('questionEditor.tolerance')}
        description={t('questionEditor.toleranceHint')}
        min={0}
        decimalSeparator={i18n.language === 'vi' ? ',' : '.'}
        value={tolerance ?? ''}
        onChange={(value) => onChange({ tolerance: typeof value === 'number' ? value : null })}
        maw={200}
      />
    </Group>
  );
}
