import './reports.css';
import { endpoints } from '@hoclieu/contracts';
import { Button, Stack, Table, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { ListTable } from '../../components/list-table';
import { PageHeader } from '../../components/page-header';
import { PageSection } from '../../components/page-section';
import { QueryView } from '../../components/query-view';
import { useSubjectName } from '../../components/subject-name';
import { useVietnamFormat } from '../../components/vietnam-format';
import { FigureLine } from './figure-line';
import { EvidenceLink, RecordStatusBadge } from './record-cells';
import { periodOf } from './report-search';
import { useShareFormat } from './share-format';

const route = getRouteApi('/app/bao-cao/lop/$classId');

/** A report table scrolls sideways on a phone; with only text inside, the keyboard scrolls it by its name. */
const reportScroll = (minWidth: number, label: string) =>
  ({ minWidth, type: 'native', className: 'report-table-scroll', label }) as const;

/** One class: its share with the formula, the programme by subject, and the records behind the figure. */
export function ClassReportPage() {
  const { t } = useTranslation();
  const subjectName = useSubjectName();
  const { classId } = route.useParams();
  const search = periodOf(route.useSearch());
  const date = useVietnamFormat().day;
  const format = useShareFormat();
  const drill = useApiQuery(endpoints.reports.class, { params: { classId }, query: search });
  return (
    <QueryView query={drill}>
      {(data) => {
        const className = `${t('schoolReport.className')} ${data.class.name}`;
        return (
          <Stack gap="lg">
            <PageHeader
              title={t('classReport.title', { name: data.class.name })}
              description={t('classReport.description', {
                school: data.class.school,
                grade: data.class.grade,
              })}
              actions={
                <Button variant="default" onClick={() => window.print()}>
                  {t('reports.print')}
                </Button>
              }
            />
            <PageSection title={t('classReport.figure')}>
              <FigureLine figure={data.figure} name={className} />
            </PageSection>
            <PageSection title={t('classReport.bySubject')}>
              <ListTable
                striped
                verticalSpacing={4}
                aria-label={t('classReport.bySubject')}
                items={data.subjects}
                scroll={reportScroll(480, t('classReport.bySubject'))}
                columns={[
                  t('classReport.columns.subject'),
                  { label: t('classReport.columns.programme'), ta: 'right' },
                  { label: t('classReport.columns.online'), ta: 'right' },
                  { label: t('reports.columns.share'), ta: 'right' },
                ]}
              >
                {(subject) => (
                  <Table.Tr key={subject.code}>
                    <Table.Td>{subjectName(subject.code, subject.name)}</Table.Td>
                    <Table.Td ta="right">{format.periods(subject.programme)}</Table.Td>
                    <Table.Td ta="right">{format.periods(subject.online)}</Table.Td>
                    <Table.Td ta="right">
                      {format.share(subject.programme > 0 ? subject.online / subject.programme : null)}
                    </Table.Td>
                  </Table.Tr>
                )}
              </ListTable>
            </PageSection>
            <PageSection title={t('classReport.records')}>
              <Text size="sm" c="dimmed" mb="sm">
                {t('classReport.recordsHint')}
              </Text>
              <ListTable
                striped
                verticalSpacing={4}
                aria-label={t('classReport.records')}
                items={data.records}
                empty={
                  <Text size="sm" c="dimmed">
                    {t('classReport.noRecords')}
                  </Text>
                }
                scroll={reportScroll(860, t('classReport.records'))}
                columns={[
                  t('classReport.columns.date'),
                  t('classReport.columns.subject'),
                  { label: t('classReport.columns.periods'), ta: 'right' },
                  t('classReport.columns.source'),
                  t('classReport.columns.status'),
                  t('classReport.columns.teacher'),
                  t('classReport.columns.evidence'),
                  t('classReport.columns.confirmedBy'),
                ]}
              >
                {(record) => (
                  <Table.Tr key={record.id}>
                    <Table.Td>{date(record.date)}</Table.Td>
                    <Table.Td>{subjectName(record.subject.code, record.subject.name)}</Table.Td>
                    <Table.Td ta="right">{format.periods(record.periods)}</Table.Td>
                    <Table.Td>{t(`classReport.sources.${record.source}`)}</Table.Td>
                    <Table.Td>
                      <RecordStatusBadge status={record.status} />
                    </Table.Td>
                    <Table.Td>{record.teacher}</Table.Td>
                    <Table.Td>
                      <EvidenceLink link={record.link} />
                    </Table.Td>
                    <Table.Td>{record.confirmedBy ?? '—'}</Table.Td>
                  </Table.Tr>
                )}
              </ListTable>
            </PageSection>
          </Stack>
        );
      }}
    </QueryView>
  );
}
