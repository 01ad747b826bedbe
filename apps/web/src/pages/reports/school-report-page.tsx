import './reports.css';
import { endpoints } from '@hoclieu/contracts';
import { Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { PageHeader } from '../../components/page-header';
import { PageSection } from '../../components/page-section';
import { QueryView } from '../../components/query-view';
import { RouterAnchor, RowNameLink } from '../../components/router-links';
import { useSubjectName } from '../../components/subject-name';
import { useVietnamFormat } from '../../components/vietnam-format';
import { useSession } from '../../session/session-context';
import { FigureLine } from './figure-line';
import { FigureTable } from './figure-table';
import { PendingRecords } from './pending-records';
import { PrintHeading, SignatureBlock } from './report-print';
import { periodOf } from './report-search';
import { useShareFormat } from './share-format';

const route = getRouteApi('/app/bao-cao/truong/$schoolId');

/** One school's share, grade by grade, with its subjects and classes; the school admin confirms lessons here. */
export function SchoolReportPage() {
  const { t } = useTranslation();
  const subjectName = useSubjectName();
  const { user } = useSession();
  const { schoolId } = route.useParams();
  const search = periodOf(route.useSearch());
  const date = useVietnamFormat().day;
  const format = useShareFormat();
  const drill = useApiQuery(endpoints.reports.school, { params: { schoolId }, query: search });
  const confirmsHere = user.role === 'school_admin' && user.school?.id === schoolId;
  return (
    <QueryView query={drill}>
      {(data) => (
        <Stack gap="lg">
          <PrintHeading unit={data.school.name} schoolYear={data.schoolYear} asOf={data.asOf} />
          <div className="no-print">
            <PageHeader
              title={t('schoolReport.title', { school: data.school.name })}
              description={
                <>
                  {[
                    `${t('reports.schoolYear')} ${data.schoolYear}`,
                    `${t('reports.asOf')} ${date(data.asOf)}`,
                    t('reports.elapsed', { percent: format.percent(data.elapsed) }),
                  ].join(' · ')}{' '}
                  <RouterAnchor to="/bao-cao" search={search} size="sm">
                    {t('reports.back')}
                  </RouterAnchor>
                </>
              }
              actions={
                <Button variant="default" onClick={() => window.print()}>
                  {t('reports.print')}
                </Button>
              }
            />
          </div>
          {confirmsHere && (
            <div className="no-print">
              <PendingRecords />
            </div>
          )}
          {data.grades.length === 0 && <Text c="dimmed">{t('schoolReport.noGrades')}</Text>}
          {data.grades.map((grade) => {
            const gradeName = t('schoolReport.grade', { grade: grade.grade });
            const subjectRows = grade.subjects.map((subject) => ({
              key: subject.code,
              name: `${subjectName(subject.code, subject.name)} (${gradeName})`,
              cell: subjectName(subject.code, subject.name),
              figure: subject.figure,
            }));
            const classRows = grade.classes.map((item) => ({
              key: item.id,
              name: `${t('schoolReport.className')} ${item.name}`,
              cell: (
                <RowNameLink to="/bao-cao/lop/$classId" params={{ classId: item.id }} search={search}>
                  {item.name}
                </RowNameLink>
              ),
              figure: item.figure,
            }));
            return (
              <PageSection key={grade.grade} title={gradeName}>
                <Stack gap="md">
                  <FigureLine figure={grade.figure} name={gradeName} />
                  <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
                    <FigureTable
                      title={t('schoolReport.subjects')}
                      of={gradeName}
                      nameHeading={t('schoolReport.subject')}
                      rows={subjectRows}
                    />
                    <FigureTable
                      title={t('schoolReport.classes')}
                      of={gradeName}
                      nameHeading={t('schoolReport.className')}
                      rows={classRows}
                    />
                  </SimpleGrid>
                </Stack>
              </PageSection>
            );
          })}
          <SignatureBlock />
        </Stack>
      )}
    </QueryView>
  );
}
