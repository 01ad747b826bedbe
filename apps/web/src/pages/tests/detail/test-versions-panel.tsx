import { endpoints, type TestDetail } from '@hoclieu/contracts';
import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpointKey } from '../../../api/use-api-query';
import { useApi } from '../../../app/api-context';
import { ErrorAlert } from '../../../components/error-alert';
import { DownloadButton } from '../download-button';

interface Props {
  test: TestDetail;
  canEdit: boolean;
}

/** Mã đề: make the shuffled versions, then download each paper, the answer key and the matrix (.docx). */
export function TestVersionsPanel({ test, canEdit }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [count, setCount] = useState<number | string>(Math.max(test.versionCodes.length, 4));
  const testId = test.id;
  const make = useMutation({
    mutationFn: () =>
      api.call(endpoints.assessments.makeVersions, { params: { testId }, body: { count: Number(count) } }),
    onSuccess: (saved) => {
      queryClient.setQueryData(endpointKey(endpoints.assessments.getTest, { params: { testId } }), saved);
      void queryClient.invalidateQueries({ queryKey: endpointKey(endpoints.assessments.listTests) });
    },
  });
  const hasVersions = test.versionCodes.length > 0;
  return (
    <Stack gap="sm">
      {canEdit && (
        <Group gap="sm" align="flex-end">
          <NumberInput
            label={t('testDetail.versionCount')}
            min={1}
            max={24}
            allowDecimal={false}
            w={120}
            value={count}
            onChange={setCount}
            disabled={test.locked}
          />
          <Button
            onClick={() => make.mutate()}
            loading={make.isPending}
            disabled={test.locked || !(Number(count) >= 1 && Number(count) <= 24)}
          >
            {t('testDetail.makeVersions')}
          </Button>
        </Group>
      )}
      {canEdit && hasVersions && !test.locked && (
        <Text size="xs" c="dimmed">
          {t('testDetail.remakeHint')}
        </Text>
      )}
      {make.isError && <ErrorAlert error={make.error} />}
      {!hasVersions && (
        <Text size="sm" c="dimmed">
          {t('testDetail.noVersions')}
        </Text>
      )}
      <Group gap="xs">
        {test.versionCodes.map((code) => (
          <DownloadButton
            key={code}
            size="xs"
            fileName={`de-${code}.docx`}
            load={() => api.download(endpoints.assessments.paperDocx, { params: { testId, code } })}
          >
            {t('testDetail.paperDocx', { code })}
          </DownloadButton>
        ))}
      </Group>
      <Group gap="xs">
        <DownloadButton
          size="xs"
          disabled={!hasVersions}
          fileName="dap-an.docx"
          load={() => api.download(endpoints.assessments.answerKeyDocx, { params: { testId } })}
        >
          {t('testDetail.answerKeyDocx')}
        </DownloadButton>
        <DownloadButton
          size="xs"
          fileName="ma-tran-dac-ta.docx"
          load={() => api.download(endpoints.assessments.matrixDocx, { params: { testId } })}
        >
          {t('testDetail.matrixDocx')}
        </DownloadButton>
      </Group>
    </Stack>
  );
}
