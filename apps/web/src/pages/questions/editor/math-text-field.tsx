import { Box, Paper, SimpleGrid, Stack, Text, Textarea, type TextareaProps } from '@mantine/core';
import { useMergedRef } from '@mantine/hooks';
import { type Ref, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RichContent } from '../../../components/rich-content/rich-content';
import { ImageInsertControls } from './image-insert-controls';
import { textToHtml } from './text-to-html';
import { useImageInsert } from './use-image-insert';

interface MathTextFieldProps extends Omit<TextareaProps, 'value' | 'onChange'> {
  value: string;
  onChange: (value: string) => void;
  /** `side`: preview beside the text from tablets up, below it on phones. `below`: only when useful. */
  layout?: 'side' | 'below';
  inputRef?: Ref<HTMLTextAreaElement>;
}

/** Plain text once typeset: only math or inline HTML makes the preview worth a second look. */
const needsPreview = (text: string) => /[$<&]/.test(text);

/**
 * A text area for question text with `$…$` / `$$…$$` LaTeX, and its KaTeX preview as you type.
 * Pictures come in by the "Chèn ảnh" picker, by pasting or by dropping a file.
 */
export function MathTextField({
  value,
  onChange,
  layout = 'side',
  inputRef,
  onPaste,
  onDrop,
  ...props
}: MathTextFieldProps) {
  const { t } = useTranslation();
  const images = useImageInsert(value, onChange);
  const ref = useMergedRef(inputRef, images.textarea);
  // The preview may lag a keystroke behind; typing never waits for KaTeX.
  const deferred = useDeferredValue(value);
  const html = useMemo(() => textToHtml(deferred), [deferred]);
  const input = (
    <Stack gap={4}>
      <Textarea
        autosize
        minRows={layout === 'side' ? 3 : 1}
        maxRows={16}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        onPaste={(event) => images.onPaste(event) || onPaste?.(event)}
        onDrop={(event) => images.onDrop(event) || onDrop?.(event)}
        ref={ref}
        {...props}
      />
      <ImageInsertControls images={images} />
    </Stack>
  );
  if (layout === 'below') {
    return (
      <Box style={{ flex: 1, minWidth: 0 }}>
        {input}
        {needsPreview(deferred) && (
          <Paper bg="gray.0" px="sm" py={4} mt={4} radius="sm" aria-label={t('questionEditor.preview')}>
            <RichContent html={html} fz="sm" />
          </Paper>
        )}
      </Box>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      {input}
      <Paper
        withBorder
        p="sm"
        radius="md"
        bg="gray.0"
        aria-label={t('questionEditor.preview')}
        mt={{ sm: 24 }}
      >
        {deferred.trim() ? (
          <RichContent html={html} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('questionEditor.previewEmpty')}
          </Text>
        )}
      </Paper>
    </SimpleGrid>
  );
}
