import { endpoints, type QuestionContent } from '@hoclieu/contracts';
import { Button, Group, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../app/api-context';
import { ErrorAlert } from '../../../components/error-alert';
import { QuestionContentEditor } from '../editor/question-content-editor';
import { contentFromDraft, draftFromContent } from '../editor/question-draft';
import type { CheckResult } from '../editor/use-question-check';

interface ImportItemEditorProps {
  content: QuestionContent;
  onFixed: (content: QuestionContent, check: CheckResult) => void;
  onCancel: () => void;
}

/** Sửa one imported question with the bank's editor; done means checked again by the server. */
export function ImportItemEditor({ content, onFixed, onCancel }: ImportItemEditorProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [draft, setDraft] = useState(() => draftFromContent(content));
  const fixed = useMemo(() => contentFromDraft(draft, content), [draft, content]);
  const recheck = useMutation({
    mutationFn: () => api.call(endpoints.questions.check, { body: { content: fixed } }),
    onSuccess: (result) => onFixed(fixed, result),
  });
  return (
    <Stack gap="md">
      <QuestionContentEditor value={draft} onChange={setDraft} />
      {recheck.isError && <ErrorAlert error={recheck.error} />}
      <Group gap="sm">
        <Button onClick={() => recheck.mutate()} loading={recheck.isPending}>
          {t('questionImport.applyFix')}
        </Button>
        <Button variant="default" onClick={onCancel} disabled={recheck.isPending}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
