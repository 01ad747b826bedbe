import { endpoints, type QuestionExportFormat, questionExportFormats } from '@hoclieu/contracts';
import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../app/api-context';
import { saveFile } from '../../../components/save-file';
import { useErrorText } from '../../../components/use-error-text';

const extensions: Record<QuestionExportFormat, string> = { docx: 'docx', moodle_xml: 'xml', qti3: 'zip' };

/** Xuất: the chosen questions as Word, Moodle XML or a QTI 3.0 package, downloaded at once. */
export function ExportMenu({ ids }: { ids: string[] }) {
  const { t } = useTranslation();
  const api = useApi();
  const errorText = useErrorText();
  const exportAs = useMutation({
    mutationFn: (format: QuestionExportFormat) =>
      api.download(endpoints.questions.export, { body: { format, ids } }),
    onSuccess: ({ blob, fileName }, format) =>
      saveFile(blob, fileName ?? `ngan-hang-cau-hoi.${extensions[format]}`),
    onError: (error) => notifications.show({ color: 'red', message: errorText(error).text }),
  });
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="light" size="sm" loading={exportAs.isPending} disabled={ids.length === 0}>
          {t('questionBulk.export')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {questionExportFormats.map((format) => (
          <Menu.Item key={format} onClick={() => exportAs.mutate(format)}>
            {t(`questionBulk.formats.${format}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
