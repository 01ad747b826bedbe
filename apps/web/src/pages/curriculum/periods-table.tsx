import type { CurriculumPeriod } from '@hoclieu/contracts';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSubjectName } from '../../components/subject-name';

const kindColors = { compulsory: 'blue.8', elective: 'grape.8', optional: 'gray.7' } as const;

interface PeriodsTableProps {
  periods: CurriculumPeriod[];
  selectedSubject: string | undefined;
  onSelect: (subjectCode: string) => void;
}

/** Periods per year of each subject of one grade; picking a subject opens its chapters and lessons. */
export function PeriodsTable({ periods, selectedSubject, onSelect }: PeriodsTableProps) {
  const { t } = useTranslation();
  const subjectName = useSubjectName();
  if (periods.length === 0) return <Text c="dimmed">{t('common.noData')}</Text>;
  return (
    <Table striped verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('curriculum.subject')}</Table.Th>
          <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
            {t('curriculum.periodsPerYear')}
          </Table.Th>
          <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('curriculum.kind')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {periods.map((period) => (
          <Table.Tr
            key={`${period.level}-${period.subjectCode}`}
            bg={period.subjectCode === selectedSubject ? 'teal.0' : undefined}
          >
            <Table.Td>
              <Anchor
                component="button"
                type="button"
                size="sm"
                ta="left"
                onClick={() => onSelect(period.subjectCode)}
                aria-pressed={period.subjectCode === selectedSubject}
              >
                {subjectName(period.subjectCode, period.subjectName)}
              </Anchor>
            </Table.Td>
            <Table.Td ta="right">{period.periodsPerYear}</Table.Td>
            <Table.Td>
              <Text size="sm" c={kindColors[period.kind]} style={{ whiteSpace: 'nowrap' }}>
                {t(`curriculum.kinds.${period.kind}`)}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
