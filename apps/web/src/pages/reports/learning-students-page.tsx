import './reports.css';
import { endpoints } from '@hoclieu/contracts';
import { Group, Stack } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { FilterSelect } from '../../components/filter-select';
import { PageHeader } from '../../components/page-header';
import { PagedQueryView } from '../../components/paged-query-view';
import { RouterAnchor } from '../../components/router-links';
import { usePagedSearch } from '../../components/use-paged-search';
import { useVietnamFormat } from '../../components/vietnam-format';
import { LearningFigureCard } from './learning-figure';
import { type LearningStudentsSearch, schoolYearMonths } from './learning-search';
import { LearningStudentsTable } from './learning-students-table';
import { ReportLevelSelect } from './report-level-select';
import { periodOf } from './report-search';

const route = getRouteApi('/app/bao-cao/hoc-truc-tuyen/$schoolId');
const PAGE_SIZE = 50;

/** The students behind a school's "học sinh học trực tuyến": who counts, who does not, what they did. */
export function LearningStudentsPage() {
  const { t } = useTranslation();
  const format = useVietnamFormat();
  const { schoolId } = route.useParams();
  const { search, page, refine, pager } = usePagedSearch<LearningStudentsSearch>(route, PAGE_SIZE);
  const students = useApiQuery(
    endpoints.learningOnline.students,
    {
      params: { schoolId },
      query: {
        ...periodOf(search),
        month: search.month,
        level: search.level,
        learning: search.learning,
        page,
        pageSize: PAGE_SIZE,
      },
    },
    { placeholderData: keepPreviousData },
  );
  const setSearch = (patch: Partial<LearningStudentsSearch>) => refine(patch, true);
  const data = students.data;
  const schoolYear = search.schoolYear ?? data?.schoolYear;

  return (
    <Stack gap="md">
      <PageHeader
        title={t('learningOnline.students.title', { school: data?.school.name ?? '' })}
        description={
          <>
            {data &&
              `${t('reports.schoolYear')} ${data.schoolYear} · ${t('learningOnline.period', {
                from: format.day(data.period.from),
                to: format.day(data.period.to),
              })} `}
            <RouterAnchor to="/bao-cao" search={periodOf(search)} size="sm">
              {t('learningOnline.students.back')}
            </RouterAnchor>
          </>
        }
      />
      <Group gap="sm" align="flex-end" wrap="wrap">
        <FilterSelect
          label={t('learningOnline.month')}
          value={search.month}
          allLabel={t('learningOnline.wholePeriod')}
          options={(schoolYear ? schoolYearMonths(schoolYear) : []).map((value) => ({
            value,
            label: format.month(value),
          }))}
          onChange={(month) => setSearch({ month })}
          w={180}
        />
        <ReportLevelSelect label={t('learningOnline.students.level')} search={search} onChange={setSearch} />
        <FilterSelect
          label={t('learningOnline.students.filter')}
          value={search.learning}
          allLabel={t('learningOnline.students.all')}
          options={(['yes', 'no'] as const).map((value) => ({
            value,
            label: t(`learningOnline.students.${value}`),
          }))}
          onChange={(learning) => setSearch({ learning })}
          w={230}
        />
      </Group>
      {data && (
        <Group>
          <LearningFigureCard
            label={search.level ? t(`reports.levels.${search.level}`) : data.school.name}
            figure={data.figure}
          />
        </Group>
      )}
      <PagedQueryView query={students} {...pager}>
        {(result) => <LearningStudentsTable students={result.items} />}
      </PagedQueryView>
    </Stack>
  );
}
