import { endpoints, type QuestionDetail, type QuestionMeta, questionMetaSchema } from '@hoclieu/contracts';
import { Alert, Button, Grid, Group, Paper, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../app/api-context';
import { ErrorAlert } from '../../../components/error-alert';
import { PageSection } from '../../../components/page-section';
import { CheckResultView } from './check-result-view';
import { QuestionContentEditor } from './question-content-editor';
import { contentFromDraft, draftFromContent, emptyDraft } from './question-draft';
import { QuestionMetaFields } from './question-meta-fields';
import { useQuestionCheck } from './use-question-check';

interface QuestionFormProps {
  /** The question being edited; a new one when absent. */
  initial?: QuestionDetail;
  onSaved: (detail: QuestionDetail) => void;
  onCancel?: () => void;
}

/** Soạn / sửa câu hỏi: content with live preview, metadata, and the server's check before saving. */
export function QuestionForm({ initial, onSaved, onCancel }: QuestionFormProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [draft, setDraft] = useState(() => (initial ? draftFromContent(initial.content) : emptyDraft()));
  const [meta, setMeta] = useState<QuestionMeta>(() => initial?.meta ?? questionMetaSchema.parse({}));
  const content = useMemo(() => contentFromDraft(draft, initial?.content), [draft, initial]);
  const check = useQuestionCheck(content, initial?.id);
  const save = useMutation({
    mutationFn: async () => {
      // The author sees the latest findings; they warn, they do not block (the server has the last word).
      await check.checkNow().catch(() => undefined);
      const body = { content, meta };
      return initial
        ? api.call(endpoints.questions.update, { params: { questionId: initial.id }, body })
        : api.call(endpoints.questions.create, { body });
    },
    onSuccess: onSaved,
  });
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <PageSection title={t('questionEditor.content')} titleGap="md">
          <QuestionContentEditor value={draft} onChange={setDraft} />
        </PageSection>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Stack gap="lg">
          <PageSection title={t('questionEditor.about')} titleGap="md">
            <QuestionMetaFields value={meta} onChange={(patch) => setMeta((m) => ({ ...m, ...patch }))} />
          </PageSection>
          <Paper withBorder p="md" radius="md" component="section">
            <CheckResultView result={check.result} checking={check.checking} />
          </Paper>
          {initial?.status === 'approved' && (
            <Alert color="blue" variant="light">
              {t('questionEditor.newVersion', { number: initial.currentVersion + 1 })}
            </Alert>
          )}
          {save.isError && <ErrorAlert error={save.error} />}
          <Group gap="sm">
            <Button onClick={() => save.mutate()} loading={save.isPending}>
              {t('questionEditor.save')}
            </Button>
            {onCancel && (
              <Button variant="default" onClick={onCancel} disabled={save.isPending}>
                {t('common.cancel')}
              </Button>
            )}
          </Group>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
