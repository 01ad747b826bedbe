import { endpoints } from '@hoclieu/contracts';
import { Anchor, List, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../app/api-context';
import { ErrorAlert } from '../../../components/error-alert';
import { PageSection } from '../../../components/page-section';
import { FileDropZone } from '../../materials/file-drop-zone';

const formats = ['docx', 'moodle', 'gift', 'aiken', 'qti'] as const;
const ACCEPT = '.docx,.xml,.txt,.gift,.zip';

interface ImportFileStepProps {
  onFile: (file: File) => void;
  /** 0..1 while uploading, null otherwise. */
  progress: number | null;
  error: unknown;
}

/** One file to read: dropped or picked, sent with progress; what formats are understood. */
export function ImportFileStep({ onFile, progress, error }: ImportFileStepProps) {
  const { t } = useTranslation();
  const api = useApi();
  const percent = progress === null ? 0 : Math.round(progress * 100);
  return (
    <PageSection title={t('questionImport.fileTitle')}>
      <Stack gap="sm">
        <FileDropZone
          multiple={false}
          accept={ACCEPT}
          disabled={progress !== null}
          title={t('questionImport.dropTitle')}
          hint={t('questionImport.dropHint')}
          onFiles={([file]) => file && onFile(file)}
        />
        {progress !== null && (
          <Stack gap={4}>
            <Progress value={percent} animated aria-label={t('questionImport.uploading', { percent })} />
            <Text size="sm" c="dimmed" aria-live="polite">
              {percent < 100 ? t('questionImport.uploading', { percent }) : t('questionImport.reading')}
            </Text>
          </Stack>
        )}
        {error !== null && <ErrorAlert error={error} />}
        <Text size="sm" fw={600}>
          {t('questionImport.formatsTitle')}
        </Text>
        <List size="sm" spacing={2}>
          {formats.map((format) => (
            <List.Item key={format}>{t(`questionImport.formats.${format}`)}</List.Item>
          ))}
        </List>
        <Text size="sm">
          {t('questionImport.templateHint')}{' '}
          <Anchor href={api.url(endpoints.questions.wordTemplate)} download>
            {t('questions.wordTemplate')}
          </Anchor>
        </Text>
      </Stack>
    </PageSection>
  );
}
