import { type ExamSummary, endpoints } from '@hoclieu/contracts';
import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { ListTable } from '../../components/list-table';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { RouterAnchor, RouterButton } from '../../components/router-links';
import { useSubjectName } from '../../components/subject-name';
import { useVietnamFormat } from '../../components/vietnam-format';
import { useSession } from '../../session/session-context';
import { canAuthorExams } from './exam-roles';
import { useScoreFormat } from './format';

function ExamsTable({ items }: { items: ExamSummary[] }) {
  const { t } = useTranslation();
  const subjectName = useSubjectName();
  const when = useVietnamFormat();
  const score = useScoreFormat();
  return (
    <ListTable
      striped
      verticalSpacing="sm"
      aria-label={t('exams.title')}
      items={items}
      scroll={{ minWidth: 820 }}
      columns={[
        t('exams.columns.title'),
        t('exams.columns.subject'),
        { label: t('exams.columns.items'), ta: 'right' },
        { label: t('exams.columns.maxScore'), ta: 'right' },
        t('exams.columns.versions'),
        { label: t('exams.columns.assignments'), ta: 'right' },
        t('exams.columns.updatedAt'),
      ]}
    >
      {(exam) => (
        <Table.Tr key={exam.id}>
          <Table.Td>
            <RouterAnchor to="/de-kiem-tra/$examId" params={{ examId: exam.id }} fw={600}>
              {exam.title}
            </RouterAnchor>
            <Text size="xs" c="dimmed">
              {t('exams.minutes', { count: exam.durationMinutes })} · {exam.author.fullName}
            </Text>
          </Table.Td>
          <Table.Td>
            {subjectName(exam.subject.code, exam.subject.name)} ·{' '}
            {t('questions.grade', { grade: exam.grade })}
          </Table.Td>
          <Table.Td ta="right">{exam.itemCount}</Table.Td>
          <Table.Td ta="right">{score(exam.maxScore)}</Table.Td>
          <Table.Td>
            {exam.versionCodes.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('exams.noVersions')}
              </Text>
            ) : (
              <Group gap={4}>
                {exam.versionCodes.map((code) => (
                  <Badge key={code} variant="light" color="gray" size="sm">
                    {code}
                  </Badge>
                ))}
              </Group>
            )}
          </Table.Td>
          <Table.Td ta="right">{exam.assignmentCount}</Table.Td>
          <Table.Td>{when.date(exam.updatedAt)}</Table.Td>
        </Table.Tr>
      )}
    </ListTable>
  );
}

/** Đề kiểm tra: the viewer's exams, with what each holds and where it has been assigned. */
export function ExamsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const exams = useApiQuery(endpoints.assessments.listExams, {});
  const canAuthor = canAuthorExams(user.role);
  return (
    <>
      <PageHeader
        title={t('exams.title')}
        description={t('exams.intro')}
        actions={canAuthor && <RouterButton to="/de-kiem-tra/moi">{t('exams.create')}</RouterButton>}
      />
      <QueryView query={exams}>
        {(data) =>
          data.items.length === 0 ? (
            <Stack gap="sm" align="flex-start">
              <Text c="dimmed">{t('exams.empty')}</Text>
              {canAuthor && (
                <RouterButton to="/de-kiem-tra/moi" variant="light">
                  {t('exams.create')}
                </RouterButton>
              )}
            </Stack>
          ) : (
            <ExamsTable items={data.items} />
          )
        }
      </QueryView>
    </>
  );
}
