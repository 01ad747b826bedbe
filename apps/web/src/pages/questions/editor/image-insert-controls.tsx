import { Button, FileButton, Group, Progress, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/use-error-text';
import type { ImageInsert } from './use-image-insert';

const ACCEPT = 'image/png,image/jpeg,image/gif,image/webp,image/svg+xml';

/** Under a question text field: the "Chèn ảnh" picker, the upload's progress and the alt text. */
export function ImageInsertControls({ images }: { images: ImageInsert }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap">
        <FileButton onChange={(file) => file && images.send([file])} accept={ACCEPT}>
          {(props) => (
            <Button
              {...props}
              size="compact-xs"
              variant="subtle"
              disabled={images.uploading}
              title={t('questionEditor.imageHint')}
            >
              {t('questionEditor.insertImage')}
            </Button>
          )}
        </FileButton>
        {images.progress !== null && (
          <Group gap={6} style={{ flex: 1 }} wrap="nowrap" role="status">
            <Text size="xs" c="dimmed">
              {t('questionEditor.imageUploading')}
            </Text>
            <Progress value={images.progress * 100} size="sm" style={{ flex: 1 }} aria-hidden />
          </Group>
        )}
      </Group>
      {images.error && (
        <Text size="xs" c="red" role="alert">
          {errorText(images.error).text}
        </Text>
      )}
      {images.inserted && (
        <TextInput
          size="xs"
          label={t('questionEditor.imageAlt')}
          value={images.inserted.alt}
          onChange={(event) => images.setAlt(event.currentTarget.value)}
        />
      )}
    </Stack>
  );
}
