import { endpoints, type TestSummary } from '@hoclieu/contracts';
import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { RouterAnchor, RouterButton } from '../../components/router-links';
import { useSubjectName } from '../../components/subject-name';
import { TableHeader } from '../../components/table-header';
import { useVietnamFormat } from '../../components/vietnam-format';
import { useSession } from '../../session/session-context';
import { useScoreFormat } from './format';
import { canAuthorTests } from './test-roles';

function TestsTable({ items }: { items: TestSummary[] }) {
  const { t } = useTranslation();
  const subjectName = useSubjectName();
  const when = useVietnamFormat();
  const score = useScoreFormat();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped verticalSpacing="sm" aria-label={t('tests.title')}>
        <TableHeader
          columns={[
            t('tests.columns.title'),
            t('tests.columns.subject'),
            { label: t('tests.columns.items'), ta: 'right' },
            { label: t('tests.columns.maxScore'), ta: 'right' },
            t('tests.columns.versions'),
            { label: t('tests.columns.assignments'), ta: 'right' },
            t('tests.columns.updatedAt'),
          ]}
        />
        <Table.Tbody>
          {items.map((test) => (
            <Table.Tr key={test.id}>
              <Table.Td>
                <RouterAnchor to="/de-kiem-tra/$testId" params={{ testId: test.id }} fw={600}>
                  {test.title}
                </RouterAnchor>
                <Text size="xs" c="dimmed">
                  {t('tests.minutes', { count: test.durationMinutes })} · {test.author.fullName}
                </Text>
              </Table.Td>
              <Table.Td>
                {subjectName(test.subject.code, test.subject.name)} ·{' '}
                {t('questions.grade', { grade: test.grade })}
              </Table.Td>
              <Table.Td ta="right">{test.itemCount}</Table.Td>
              <Table.Td ta="right">{score(test.maxScore)}</Table.Td>
              <Table.Td>
                {test.versionCodes.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('tests.noVersions')}
                  </Text>
                ) : (
                  <Group gap={4}>
                    {test.versionCodes.map((code) => (
                      <Badge key={code} variant="light" color="gray" size="sm">
                        {code}
                      </Badge>
                    ))}
                  </Group>
                )}
              </Table.Td>
              <Table.Td ta="right">{test.assignmentCount}</Table.Td>
              <Table.Td>{when.date(test.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Đề kiểm tra: the viewer's tests, with what each holds and where it has been assigned. */
export function TestsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const tests = useApiQuery(endpoints.assessments.listTests, {});
  const canAuthor = canAuthorTests(user.role);
  return (
    <>
      <PageHeader
        title={t('tests.title')}
        description={t('tests.intro')}
        actions={canAuthor && <RouterButton to="/de-kiem-tra/moi">{t('tests.create')}</RouterButton>}
      />
      <QueryView query={tests}>
        {(data) =>
          data.items.length === 0 ? (
            <Stack gap="sm" align="flex-start">
              <Text c="dimmed">{t('tests.empty')}</Text>
              {canAuthor && (
                <RouterButton to="/de-kiem-tra/moi" variant="light">
                  {t('tests.create')}
                </RouterButton>
              )}
            </Stack>
          ) : (
            <TestsTable items={data.items} />
          )
        }
      </QueryView>
    </>
  );
}
