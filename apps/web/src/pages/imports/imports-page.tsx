import { endpoints, type ImportKind, importKinds } from '@hoclieu/contracts';
import { can } from '@hoclieu/domain';
import {
  Button,
  FileInput,
  Group,
  Paper,
  Progress,
  SegmentedControl,
  Stack,
  Text,
  useMatches,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { saveFile } from '../../components/save-file';
import { useActor } from '../../session/session-context';
import { ImportReportView } from './import-report-view';
import { OrgWorkbookImport } from './org-workbook-import';

/** The one-kind imports, and the whole province's workbook for its officers. */
type Choice = ImportKind | 'province';

type TemplateFormat = 'xlsx' | 'csv';

export function ImportsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const actor = useActor();
  // Schools are created by the district office and above (school.manage); schools import their own people.
  const kinds = importKinds.filter(
    (kind) =>
      kind !== 'schools' ||
      can(actor, 'school.manage', { provinceId: actor.provinceId, districtId: actor.districtId }),
  );
  // The province's workbook: its officers (their province) and system admins (a chosen one).
  const provinceWide =
    actor.role === 'system_admin' || can(actor, 'district.manage', { provinceId: actor.provinceId });
  const choices: Choice[] = provinceWide ? ['province', ...kinds] : kinds;
  const [choice, setChoice] = useState<Choice>(choices[0] ?? 'classes');
  // Five choices do not fit side by side on a phone.
  const orientation = useMatches<'vertical' | 'horizontal'>({ base: 'vertical', sm: 'horizontal' });
  const kind: ImportKind = choice === 'province' ? (kinds[0] ?? 'classes') : choice;
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState(0);

  const template = useMutation({
    mutationFn: async (format: TemplateFormat) => {
      const { blob, fileName } = await api.download(endpoints.imports.template, {
        params: { kind },
        query: { format },
      });
      saveFile(blob, fileName ?? `mau-${kind}.${format}`);
    },
  });
  const run = useMutation({
    mutationFn: (selected: File) => {
      setProgress(0);
      return api.upload(endpoints.imports.run, { params: { kind }, file: selected, onProgress: setProgress });
    },
  });

  function chooseKind(value: string) {
    setChoice(value as Choice);
    setFile(null);
    run.reset();
    template.reset();
  }

  const percent = Math.round(progress * 100);
  return (
    <Stack gap="lg">
      <PageHeader title={t('imports.title')} description={t('imports.intro')} />
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <div>
            <Text size="sm" fw={500} mb={4} id="import-kind-label">
              {t('imports.kind')}
            </Text>
            <SegmentedControl
              aria-labelledby="import-kind-label"
              value={choice}
              onChange={chooseKind}
              data={choices.map((value) => ({
                value,
                label: value === 'province' ? t('orgImport.choice') : t(`imports.kinds.${value}`),
              }))}
              fullWidth
              orientation={choices.length > 4 ? orientation : 'horizontal'}
              maw={720}
            />
          </div>
          {choice === 'province' ? null : (
            <>
              <div>
                <Text size="sm" fw={500} mb={4}>
                  {t('imports.templates')}
                </Text>
                <Group gap="sm">
                  {(['xlsx', 'csv'] as const).map((format) => (
                    <Button
                      key={format}
                      variant="light"
                      size="xs"
                      loading={template.isPending && template.variables === format}
                      onClick={() => template.mutate(format)}
                    >
                      {format === 'xlsx' ? t('imports.templateXlsx') : t('imports.templateCsv')}
                    </Button>
                  ))}
                </Group>
                {template.isError && <ErrorAlert error={template.error} />}
              </div>
              <FileInput
                label={t('imports.file')}
                placeholder={t('imports.filePlaceholder')}
                accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
                value={file}
                onChange={(selected) => {
                  setFile(selected);
                  run.reset();
                }}
                clearable
                maw={520}
              />
              <Button
                onClick={() => file && run.mutate(file)}
                disabled={!file}
                loading={run.isPending}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('imports.upload')}
              </Button>
              {run.isPending && (
                <Stack gap={4} maw={520}>
                  <Progress value={percent} animated aria-label={t('imports.uploading', { percent })} />
                  <Text size="xs" c="dimmed" aria-live="polite">
                    {percent < 100 ? t('imports.uploading', { percent }) : t('imports.processing')}
                  </Text>
                </Stack>
              )}
              {run.isError && <ErrorAlert error={run.error} />}
            </>
          )}
        </Stack>
      </Paper>
      {choice === 'province' && <OrgWorkbookImport />}
      {choice !== 'province' && run.data && <ImportReportView report={run.data} />}
    </Stack>
  );
}
