import { Stack, Text } from '@mantine/core';
import { type DragEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Drop files here, or click (or press Enter on the focused input) to choose them. It accepts any file:
 * the server decides what it takes and says why it refuses.
 */
export function FileDropZone({
  onFiles,
  disabled = false,
  multiple = true,
  accept,
  title,
  hint,
}: {
  onFiles: (files: File[]) => void;
  disabled?: boolean;
  multiple?: boolean;
  /** A hint for the browser's file picker only; the server still decides by content. */
  accept?: string;
  title?: string;
  hint?: string;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  const [over, setOver] = useState(false);
  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    if (!disabled) setOver(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files].slice(0, multiple ? undefined : 1);
    if (!disabled && files.length > 0) onFiles(files);
  };
  return (
    <label
      className="drop-zone"
      data-over={over || undefined}
      data-disabled={disabled || undefined}
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="drop-zone"
    >
      <input
        type="file"
        multiple={multiple}
        accept={accept}
        className="visually-hidden"
        aria-label={t('upload.choose')}
        aria-describedby={hintId}
        disabled={disabled}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <Stack gap={4} align="center">
        <svg
          width={40}
          height={40}
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth={1.5}
          aria-hidden
        >
          <path d="M12 16V4 M7 9l5-5 5 5 M4 16v4h16v-4" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <Text fw={600}>{title ?? t('upload.dropTitle')}</Text>
        <Text size="sm" c="dimmed" ta="center" id={hintId}>
          {hint ?? t('upload.dropHint')}
        </Text>
      </Stack>
    </label>
  );
}
