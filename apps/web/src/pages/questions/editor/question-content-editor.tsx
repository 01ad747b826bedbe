import { Badge, Button, CloseButton, Group, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MathTextField } from './math-text-field';
import { PartEditor } from './part-editor';
import { emptyPart, type PartDraft, type QuestionDraft, withType } from './question-draft';
import { TypePicker } from './type-picker';

const MAX_CHILDREN = 20;

interface QuestionContentEditorProps {
  value: QuestionDraft;
  onChange: (next: QuestionDraft) => void;
}

/** Type, then the question itself; a group: its shared stem and each of its questions. */
export function QuestionContentEditor({ value, onChange }: QuestionContentEditorProps) {
  const { t } = useTranslation();
  const setChild = (index: number, child: PartDraft) =>
    onChange({ ...value, children: value.children.map((c, at) => (at === index ? child : c)) });
  return (
    <Stack gap="md">
      <TypePicker value={value.type} onChange={(type) => onChange(withType(value, type))} />
      {value.type !== 'group' ? (
        <PartEditor value={value} onChange={onChange} />
      ) : (
        <>
          <MathTextField
            label={t('questionEditor.sharedStem')}
            description={t('questionEditor.mathHint')}
            withAsterisk
            value={value.stem}
            onChange={(stem) => onChange({ ...value, stem })}
          />
          {value.children.map((child, index) => (
            <Paper key={index} withBorder p="sm" radius="md" component="section">
              <Group justify="space-between" mb="sm">
                <Badge variant="light">{t('questionView.child', { number: index + 1 })}</Badge>
                <CloseButton
                  disabled={value.children.length <= 1}
                  aria-label={t('questionEditor.removeChild', { number: index + 1 })}
                  onClick={() =>
                    onChange({ ...value, children: value.children.filter((_, at) => at !== index) })
                  }
                />
              </Group>
              <Stack gap="md">
                <TypePicker
                  value={child.type}
                  withGroup={false}
                  onChange={(type) => setChild(index, withType(child, type))}
                />
                <PartEditor value={child} onChange={(next) => setChild(index, next)} />
              </Stack>
            </Paper>
          ))}
          {value.children.length < MAX_CHILDREN && (
            <Button
              variant="light"
              style={{ alignSelf: 'flex-start' }}
              onClick={() => onChange({ ...value, children: [...value.children, emptyPart()] })}
            >
              {t('questionEditor.addChild')}
            </Button>
          )}
        </>
      )}
    </Stack>
  );
}
