import './reports.css';
import { endpoints } from '@hoclieu/contracts';
import { Button, Group, Stack } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { useApi } from '../../app/api-context';
import { PageHeader } from '../../components/page-header';
import { PageSection } from '../../components/page-section';
import { QueryView } from '../../components/query-view';
import { useVietnamFormat } from '../../components/vietnam-format';
import { useSession } from '../../session/session-context';
import { DownloadButton } from '../exams/download-button';
import { LearningOnline } from './learning-online';
import { LevelSummary } from './level-summary';
import { MonthlyChart } from './monthly-chart';
import { PendingRecords } from './pending-records';
import { PlanKpis } from './plan-kpis';
import { ReportFilters } from './report-filters';
import { PrintHeading, SignatureBlock } from './report-print';
import { filterByStatus, rowsForLevel } from './report-rows';
import type { OnlineShareSearch } from './report-search';
import { ReportTable } from './report-table';
import { useShareFormat } from './share-format';

const route = getRouteApi('/app/bao-cao');

/**
 * Báo cáo: the share of the programme taught online in the viewer's unit, per level against the
 * plan's targets, per school (or per district for the province), month by month; exported and printed.
 */
export function OnlineSharePage() {
  const { t } = useTranslation();
  const api = useApi();
  const { user } = useSession();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const format = useShareFormat();
  const date = useVietnamFormat().day;
  const query = {
    schoolYear: search.schoolYear,
    asOf: search.asOf,
    districtId: search.districtId,
    semester: search.semester,
  };
  const report = useApiQuery(endpoints.reports.onlineShare, { query }, { placeholderData: keepPreviousData });
  const picksDistrict = user.role === 'province_officer' || user.role === 'system_admin';
  const districts = useApiQuery(endpoints.org.listDistricts, {}, { enabled: picksDistrict });
  const setSearch = (patch: Partial<OnlineShareSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  return (
    <QueryView query={report}>
      {(data) => {
        const rows = filterByStatus(rowsForLevel(data.rows, search.level), search.status);
        const ofDistricts = data.rows.some((row) => row.kind === 'district');
        const tableLabel = t(ofDistricts ? 'reports.districtsTable' : 'reports.schoolsTable');
        return (
          <Stack gap="lg">
            <PrintHeading unit={data.unit.name} schoolYear={data.schoolYear} asOf={data.asOf} />
            <div className="no-print">
              <PageHeader
                title={t('reports.title')}
                description={[
                  data.unit.name,
                  `${t('reports.schoolYear')} ${data.schoolYear}`,
                  `${t('reports.asOf')} ${date(data.asOf)}`,
                  t('reports.elapsed', { percent: format.percent(data.elapsed) }),
                ].join(' · ')}
                actions={
                  <Group gap="sm">
                    <DownloadButton
                      fileName="ty-le-day-hoc-truc-tuyen.xlsx"
                      load={() => api.download(endpoints.reports.onlineShareXlsx, { query })}
                    >
                      {t('reports.exportXlsx')}
                    </DownloadButton>
                    <Button variant="default" onClick={() => window.print()}>
                      {t('reports.print')}
                    </Button>
                  </Group>
                }
              />
              <ReportFilters
                search={search}
                shown={{ schoolYear: data.schoolYear, asOf: data.asOf }}
                onChange={setSearch}
                districts={picksDistrict ? (districts.data?.items ?? []) : null}
              />
            </div>
            {user.role === 'school_admin' && (
              <div className="no-print">
                <PendingRecords />
              </div>
            )}
            <PageSection title={t('reports.summary')}>
              <LevelSummary levels={data.levels} />
            </PageSection>
            <PageSection title={tableLabel}>
              <ReportTable rows={rows} label={tableLabel} search={search} />
            </PageSection>
            <PageSection title={t('reports.planKpis')}>
              <PlanKpis query={query} />
            </PageSection>
            <PageSection title={t('learningOnline.title')}>
              <LearningOnline search={search} shownYear={data.schoolYear} />
            </PageSection>
            <PageSection title={t('reports.monthly')}>
              <MonthlyChart months={data.monthly} />
            </PageSection>
            <SignatureBlock />
          </Stack>
        );
      }}
    </QueryView>
  );
}
