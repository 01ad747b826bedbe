import type { AssignmentResults } from '@hoclieu/contracts';
import { Badge, Button, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonName } from '../../../components/person-name';
import { sortableHeadings } from '../../../components/sortable-heading';
import { useScoreFormat } from '../format';
import { nextSort, type SortColumn, type SortState, type StudentRow, sortStudents } from './student-sort';
import { SupervisionCell, SupervisionDrawer } from './supervision';

const statusColors = { not_started: 'gray', open: 'blue', submitted: 'teal' } as const;

interface StudentsTableProps {
  results: AssignmentResults;
  /** Absent for viewers who may not grade (officers): no review buttons. */
  onOpenAttempt?: (student: StudentRow) => void;
}

/** Each student's class, mã đề, status and score; every column sorts; attempts open for review and grading. */
export function StudentsTable({ results, onOpenAttempt }: StudentsTableProps) {
  const { t } = useTranslation();
  const score = useScoreFormat();
  const [sort, setSort] = useState<SortState>({ column: 'className', direction: 'asc' });
  // Exam supervision: the log (and unlock) of one student's attempt.
  const [logOf, setLogOf] = useState<(StudentRow & { attemptId: string }) | null>(null);
  const rows = sortStudents(results.students, sort);
  const head = sortableHeadings({
    sort,
    onSort: (column: SortColumn) => setSort(nextSort(sort, column)),
    label: (column) => t(`examResults.columns.${column}`),
  });
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing="xs" aria-label={t('examResults.students')}>
        <Table.Thead>
          <Table.Tr>
            {head('fullName')}
            {head('className')}
            {head('versionCode')}
            {head('status')}
            {head('score', 'right')}
            {head('needsGrading')}
            <Table.Th>{t('supervision.column')}</Table.Th>
            <Table.Th>
              <span className="visually-hidden">{t('examResults.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((student) => (
            <Table.Tr key={student.studentId}>
              <Table.Td>
                <PersonName fullName={student.fullName} username={student.username} />
              </Table.Td>
              <Table.Td>{student.className}</Table.Td>
              <Table.Td>{student.versionCode ?? '—'}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={statusColors[student.status]} tt="none">
                  {t(`examResults.statuses.${student.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td ta="right" fw={600}>
                {student.score === null ? '—' : `${score(student.score)}/${score(results.maxScore)}`}
              </Table.Td>
              <Table.Td>
                {student.needsGrading && (
                  <Badge variant="light" color="orange" tt="none">
                    {t('examResults.needsGrading')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <SupervisionCell
                  student={student}
                  onOpen={() => student.attemptId && setLogOf({ ...student, attemptId: student.attemptId })}
                />
              </Table.Td>
              <Table.Td ta="right">
                {onOpenAttempt && student.attemptId && student.status === 'submitted' && (
                  <Button
                    size="compact-sm"
                    variant={student.needsGrading ? 'filled' : 'subtle'}
                    onClick={() => onOpenAttempt(student)}
                    aria-label={t(student.needsGrading ? 'examResults.gradeOf' : 'examResults.reviewOf', {
                      name: student.fullName,
                    })}
                  >
                    {student.needsGrading ? t('examResults.grade') : t('examResults.review')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {logOf && <SupervisionDrawer student={logOf} onClose={() => setLogOf(null)} />}
    </Table.ScrollContainer>
  );
}
