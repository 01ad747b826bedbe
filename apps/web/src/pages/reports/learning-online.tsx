import { endpoints } from '@hoclieu/contracts';
import { Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { QueryView } from '../../components/query-view';
import { useVietnamFormat } from '../../components/vietnam-format';
import { LearningFigureCard } from './learning-figure';
import { LearningOnlineTable } from './learning-online-table';
import { schoolYearMonths } from './learning-search';
import type { OnlineShareSearch } from './report-search';

const WHOLE = 'whole';

/**
 * Học sinh học trực tuyến: students of the unit who took a quiz, practised or opened a lecture in
 * the report's period (or one of its months), against the plan's target, by level and by school.
 */
export function LearningOnline({ search, shownYear }: { search: OnlineShareSearch; shownYear: string }) {
  const { t } = useTranslation();
  const format = useVietnamFormat();
  const [month, setMonth] = useState<string | undefined>();
  const query = {
    schoolYear: search.schoolYear,
    asOf: search.asOf,
    districtId: search.districtId,
    semester: search.semester,
    month,
  };
  const report = useApiQuery(
    endpoints.learningOnline.report,
    { query },
    { placeholderData: keepPreviousData },
  );
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Text size="sm" c="dimmed" maw={640}>
          {t('learningOnline.intro')}
        </Text>
        <Select
          label={t('learningOnline.month')}
          value={month ?? WHOLE}
          data={[
            { value: WHOLE, label: t('learningOnline.wholePeriod') },
            ...schoolYearMonths(search.schoolYear ?? shownYear).map((value) => ({
              value,
              label: format.month(value),
            })),
          ]}
          allowDeselect={false}
          onChange={(value) => setMonth(value && value !== WHOLE ? value : undefined)}
          w={180}
        />
      </Group>
      <QueryView query={report}>
        {(data) => {
          const ofDistricts = data.rows.some((row) => row.kind === 'district');
          const tableLabel = t(ofDistricts ? 'learningOnline.districtsTable' : 'learningOnline.schoolsTable');
          return (
            <Stack gap="md" style={{ opacity: report.isPlaceholderData ? 0.6 : 1 }}>
              <Text size="sm" data-testid="learning-period">
                {t('learningOnline.period', {
                  from: format.day(data.period.from),
                  to: format.day(data.period.to),
                })}
              </Text>
              <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 5 }} spacing="sm">
                <LearningFigureCard label={data.unit.name} figure={data.figure} />
                {data.levels.map(({ level, figure }) => (
                  <LearningFigureCard key={level} label={t(`reports.levels.${level}`)} figure={figure} />
                ))}
              </SimpleGrid>
              {data.figure.students === 0 && <Text c="dimmed">{t('learningOnline.noStudents')}</Text>}
              <Title order={3} fz="h5">
                {tableLabel}
              </Title>
              <LearningOnlineTable rows={data.rows} label={tableLabel} search={search} month={month} />
            </Stack>
          );
        }}
      </QueryView>
    </Stack>
  );
}
