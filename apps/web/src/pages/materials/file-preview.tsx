import type { MaterialDetail } from '@hoclieu/contracts';
import { Button, Group, Image, Paper, Stack, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useFileUrls } from './file-urls';
import { formatSize } from './format-size';

type MaterialFile = MaterialDetail['versions'][number]['files'][number];

// The SCORM runtime loads only with a lecture, never with the library or the quiz page.
const LecturePlayer = lazy(() =>
  import('../lectures/lecture-player').then((module) => ({ default: module.LecturePlayer })),
);

function DownloadButton({ href, name }: { href: string; name: string }) {
  const { t } = useTranslation();
  return (
    <Button
      component="a"
      href={href}
      download
      variant="light"
      size="xs"
      aria-label={t('materialDetail.downloadFile', { name })}
    >
      {t('materialDetail.download')}
    </Button>
  );
}

/** The file shown in place as the API says it can be (`preview`), always with a download button. */
function FileView({ materialId, file }: { materialId: string; file: MaterialFile }) {
  const { t } = useTranslation();
  const urls = useFileUrls(materialId);
  const src = urls.view(file.id);
  switch (file.preview) {
    case 'pdf':
      return (
        <iframe
          src={src}
          title={t('materialDetail.pdfTitle', { name: file.name })}
          style={{ width: '100%', height: 'min(70vh, 720px)', minHeight: 320, border: 0, borderRadius: 8 }}
        />
      );
    case 'video':
      return (
        // biome-ignore lint/a11y/useMediaCaption: teachers' uploads come without caption files.
        <video
          controls
          preload="metadata"
          src={src}
          style={{ width: '100%', maxHeight: 540, background: '#000', borderRadius: 8 }}
        />
      );
    case 'audio':
      // biome-ignore lint/a11y/useMediaCaption: teachers' uploads come without caption files.
      return <audio controls preload="metadata" src={src} style={{ width: '100%' }} />;
    case 'image':
      return <Image src={src} alt={file.name} fit="contain" mah={600} radius="sm" />;
    case 'html5':
      if (!file.packageUrl) return null;
      if (file.scorm)
        return (
          <Suspense fallback={null}>
            <LecturePlayer materialId={materialId} packageUrl={file.packageUrl} />
          </Suspense>
        );
      return (
        <Stack gap={4}>
          <iframe
            src={file.packageUrl}
            title={t('materialDetail.html5')}
            // No allow-same-origin: the simulation runs, but cannot read our cookies or call our API.
            sandbox="allow-scripts allow-forms allow-modals allow-pointer-lock"
            style={{ width: '100%', height: 'min(70vh, 640px)', minHeight: 320, border: 0, borderRadius: 8 }}
          />
          <Text size="xs" c="dimmed">
            {t('materialDetail.html5Hint')}
          </Text>
        </Stack>
      );
    default:
      return (
        <Paper bg="gray.0" p="lg" radius="md">
          <Text size="sm" c="dimmed">
            {t('materialDetail.noPreview')}
          </Text>
        </Paper>
      );
  }
}

/** Every file of the current version, one below the other. */
export function FilePreviews({ materialId, files }: { materialId: string; files: MaterialFile[] }) {
  const { t, i18n } = useTranslation();
  const urls = useFileUrls(materialId);
  const stored = files.filter((file) => file.status === 'stored');
  if (stored.length === 0) return <Text c="dimmed">{t('materialDetail.noFiles')}</Text>;
  return (
    <Stack gap="lg">
      {stored.map((file) => (
        <Stack key={file.id} gap={6} data-testid="file-preview" data-preview={file.preview}>
          <FileView materialId={materialId} file={file} />
          <Group justify="space-between" gap="xs">
            <Text size="sm" truncate maw="70%">
              {file.name}
              {file.size !== null && (
                <Text span size="xs" c="dimmed">
                  {' '}
                  · {formatSize(file.size, i18n.language)}
                </Text>
              )}
            </Text>
            <DownloadButton href={urls.download(file.id)} name={file.name} />
          </Group>
        </Stack>
      ))}
    </Stack>
  );
}
