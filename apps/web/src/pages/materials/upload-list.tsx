import { Alert, CloseButton, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../components/router-links';
import { useErrorText } from '../../components/use-error-text';
import { formatSize } from './format-size';
import type { UploadItem } from './use-file-uploads';

const phaseColor = {
  uploading: 'teal',
  checking: 'teal',
  stored: 'teal',
  refused: 'red',
  failed: 'red',
} as const;

function UploadRow({ item, onRemove }: { item: UploadItem; onRemove: () => void }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const percent = Math.round(item.progress * 100);
  const status = {
    uploading: t('upload.uploading', { percent }),
    checking: t('upload.checking'),
    stored: t('upload.stored'),
    refused: t('upload.refused'),
    failed: t('upload.failed'),
  }[item.phase];
  const problem = item.error === undefined ? null : errorText(item.error).text;
  return (
    <Paper withBorder p="sm" radius="md" data-testid="upload-item" data-phase={item.phase}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text size="sm" fw={600} truncate>
            {item.name}
          </Text>
          <Group gap="xs" wrap="nowrap">
            <Text size="xs" c="dimmed">
              {formatSize(item.size, i18n.language)}
            </Text>
            <CloseButton size="sm" aria-label={t('upload.remove', { name: item.name })} onClick={onRemove} />
          </Group>
        </Group>
        <Progress
          value={item.phase === 'refused' || item.phase === 'failed' ? 100 : percent}
          color={phaseColor[item.phase]}
          animated={item.phase === 'uploading' || item.phase === 'checking'}
          aria-label={t('upload.progressOf', { name: item.name })}
        />
        <Text
          size="xs"
          c={item.phase === 'refused' || item.phase === 'failed' ? 'red' : 'dimmed'}
          aria-live="polite"
        >
          {status}
        </Text>
        {problem && (
          <Alert color="red" variant="light" p="xs" role="alert">
            <Text size="sm">{problem}</Text>
            {item.reason && item.reason !== problem && (
              <Text size="sm" mt={4}>
                {item.reason}
              </Text>
            )}
          </Alert>
        )}
        {item.upload && item.upload.duplicates.length > 0 && (
          <Alert color="yellow" variant="light" p="xs" role="status">
            <Text size="sm">{t('upload.duplicate')}</Text>
            {item.upload.duplicates.map((duplicate) => (
              <RouterAnchor
                key={duplicate.materialId}
                to="/hoc-lieu/$materialId"
                params={{ materialId: duplicate.materialId }}
                size="sm"
                display="block"
              >
                {duplicate.title}
              </RouterAnchor>
            ))}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

export function UploadList({ items, onRemove }: { items: UploadItem[]; onRemove: (key: string) => void }) {
  if (items.length === 0) return null;
  return (
    <Stack gap="xs">
      {items.map((item) => (
        <UploadRow key={item.key} item={item} onRemove={() => onRemove(item.key)} />
      ))}
    </Stack>
  );
}
