import { Alert, Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { ProblemList } from '../editor/problem-list';
import { ImportCommitBar } from './import-commit-bar';
import { ImportDefaultsPanel } from './import-defaults-panel';
import { ImportFileStep } from './import-file-step';
import { ImportItemCard } from './import-item-card';
import { hasErrors, importSummary, updateItem } from './import-items';
import { ImportResultView } from './import-result-view';
import { useQuestionImport } from './use-question-import';

/**
 * Nhập câu hỏi từ tệp: read one file, show every question with what is wrong with it, let the
 * teacher fix or skip each, then store the ready ones (and say which were left out).
 */
export function ImportPage() {
  const { t } = useTranslation();
  const state = useQuestionImport();
  const { preview, items, setItems } = state;
  const [editing, setEditing] = useState<number | null>(null);
  const summary = importSummary(items);
  return (
    <Stack gap="md">
      <PageHeader title={t('questionImport.title')} description={t('questionImport.intro')} />
      {state.commit.data ? (
        <ImportResultView result={state.commit.data} onAgain={state.reset} />
      ) : !preview ? (
        <ImportFileStep
          onFile={(file) => state.upload.mutate(file)}
          progress={state.progress}
          error={state.upload.isError ? state.upload.error : null}
        />
      ) : (
        <>
          <Group gap="xs">
            <Text fw={600}>{preview.fileName}</Text>
            {preview.format && (
              <Badge variant="light">{t(`questionImport.formatNames.${preview.format}`)}</Badge>
            )}
            <Anchor component="button" size="sm" onClick={state.reset}>
              {t('questionImport.otherFile')}
            </Anchor>
          </Group>
          {preview.problems.length > 0 && (
            <Alert
              color={hasErrors(preview) ? 'red' : 'yellow'}
              variant="light"
              title={t('questionImport.fileProblems')}
            >
              <ProblemList problems={preview.problems} />
            </Alert>
          )}
          {items.length === 0 ? (
            <Text c="dimmed">{t('questionImport.noItems')}</Text>
          ) : (
            <>
              <ImportDefaultsPanel value={state.defaults} onChange={state.setDefaults} />
              <Stack gap="sm">
                {items.map((item) => (
                  <ImportItemCard
                    key={item.index}
                    item={item}
                    editing={editing === item.index}
                    onEdit={(on) => setEditing(on ? item.index : null)}
                    onSkip={(skipped) => setItems(updateItem(items, item.index, { skipped }))}
                    onFixed={(content, check) => {
                      setItems(updateItem(items, item.index, { content, ...check, skipped: false }));
                      setEditing(null);
                    }}
                  />
                ))}
              </Stack>
              {state.commit.isError && <ErrorAlert error={state.commit.error} />}
              <ImportCommitBar
                summary={summary}
                submit={state.submit}
                onSubmitChange={state.setSubmit}
                onCommit={() => state.commit.mutate()}
                committing={state.commit.isPending}
              />
            </>
          )}
        </>
      )}
    </Stack>
  );
}
