import type { ImportCommitResult } from '@hoclieu/contracts';
import { Alert, Anchor, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RouterAnchor, RouterButton } from '../../../components/router-links';
import { ProblemList } from '../editor/problem-list';

/** What the import stored (each linked) and what it left out, by the numbers in the file. */
export function ImportResultView({ result, onAgain }: { result: ImportCommitResult; onAgain: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" data-testid="import-result">
      <Alert
        color={result.failed.length === 0 ? 'teal' : 'yellow'}
        variant="light"
        title={t('questionImport.doneTitle')}
      >
        {t('questionImport.done', { created: result.created.length, failed: result.failed.length })}
      </Alert>
      {result.created.length > 0 && (
        <Stack gap={4}>
          <Text fw={600}>{t('questionImport.createdTitle')}</Text>
          <List size="sm" spacing={2}>
            {result.created.map((created) => (
              <List.Item key={created.id}>
                <RouterAnchor to="/ngan-hang-cau-hoi/$questionId" params={{ questionId: created.id }}>
                  {created.number || created.id}
                </RouterAnchor>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {result.failed.length > 0 && (
        <Stack gap="xs">
          <Text fw={600}>{t('questionImport.failedTitle')}</Text>
          {result.failed.map((failed) => (
            <Stack key={failed.index} gap={2}>
              <Text size="sm" fw={600}>
                {failed.number || t('questionImport.itemNumber', { number: failed.index + 1 })}
              </Text>
              <ProblemList problems={failed.problems} />
            </Stack>
          ))}
        </Stack>
      )}
      <Group gap="sm">
        <RouterButton to="/ngan-hang-cau-hoi" search={{ mine: true }}>
          {t('questionImport.toBank')}
        </RouterButton>
        <Anchor component="button" onClick={onAgain}>
          {t('questionImport.again')}
        </Anchor>
      </Group>
    </Stack>
  );
}
