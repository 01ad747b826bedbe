import { type ExamDetail, endpoints } from '@hoclieu/contracts';
import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpointKey } from '../../../api/use-api-query';
import { useApi } from '../../../app/api-context';
import { ErrorAlert } from '../../../components/error-alert';
import { DownloadButton } from '../download-button';

interface Props {
  exam: ExamDetail;
  canEdit: boolean;
}

/** Mã đề: make the shuffled versions, then download each paper, the answer key and the matrix (.docx). */
export function ExamVersionsPanel({ exam, canEdit }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [count, setCount] = useState<number | string>(Math.max(exam.versionCodes.length, 4));
  const examId = exam.id;
  const make = useMutation({
    mutationFn: () =>
      api.call(endpoints.assessments.makeVersions, { params: { examId }, body: { count: Number(count) } }),
    onSuccess: (saved) => {
      queryClient.setQueryData(endpointKey(endpoints.assessments.getExam, { params: { examId } }), saved);
      void queryClient.invalidateQueries({ queryKey: endpointKey(endpoints.assessments.listExams) });
    },
  });
  const hasVersions = exam.versionCodes.length > 0;
  return (
    <Stack gap="sm">
      {canEdit && (
        <Group gap="sm" align="flex-end">
          <NumberInput
            label={t('examDetail.versionCount')}
            min={1}
            max={24}
            allowDecimal={false}
            w={120}
            value={count}
            onChange={setCount}
            disabled={exam.locked}
          />
          <Button
            onClick={() => make.mutate()}
            loading={make.isPending}
            disabled={exam.locked || !(Number(count) >= 1 && Number(count) <= 24)}
          >
            {t('examDetail.makeVersions')}
          </Button>
        </Group>
      )}
      {canEdit && hasVersions && !exam.locked && (
        <Text size="xs" c="dimmed">
          {t('examDetail.remakeHint')}
        </Text>
      )}
      {make.isError && <ErrorAlert error={make.error} />}
      {!hasVersions && (
        <Text size="sm" c="dimmed">
          {t('examDetail.noVersions')}
        </Text>
      )}
      <Group gap="xs">
        {exam.versionCodes.map((code) => (
          <DownloadButton
            key={code}
            size="xs"
            fileName={`de-${code}.docx`}
            load={() => api.download(endpoints.assessments.paperDocx, { params: { examId, code } })}
          >
            {t('examDetail.paperDocx', { code })}
          </DownloadButton>
        ))}
      </Group>
      <Group gap="xs">
        <DownloadButton
          size="xs"
          disabled={!hasVersions}
          fileName="dap-an.docx"
          load={() => api.download(endpoints.assessments.answerKeyDocx, { params: { examId } })}
        >
          {t('examDetail.answerKeyDocx')}
        </DownloadButton>
        <DownloadButton
          size="xs"
          fileName="ma-tran-dac-ta.docx"
          load={() => api.download(endpoints.assessments.matrixDocx, { params: { examId } })}
        >
          {t('examDetail.matrixDocx')}
        </DownloadButton>
      </Group>
    </Stack>
  );
}
