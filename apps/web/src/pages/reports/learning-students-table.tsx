import { type LearningKind, type LearningStudent, learningKinds } from '@hoclieu/contracts';
import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../../components/list-table';
import { useVietnamFormat } from '../../components/vietnam-format';

/** A school's students: counted or not, and per kind how often and when last in the period. */
export function LearningStudentsTable({ students }: { students: LearningStudent[] }) {
  const { t } = useTranslation();
  const format = useVietnamFormat();
  const activity = (student: LearningStudent, kind: LearningKind) => {
    const { count, last } = student[kind];
    return count === 0 || last === null
      ? '—'
      : t('learningOnline.students.activity', { count, last: format.dateTime(last) });
  };
  return (
    <ListTable
      striped
      verticalSpacing="sm"
      items={students}
      aria-label={t('learningOnline.students.label')}
      empty={<Text c="dimmed">{t('learningOnline.students.empty')}</Text>}
      columns={[
        t('learningOnline.students.name'),
        { label: t('learningOnline.students.className'), visibleFrom: 'sm' },
        t('learningOnline.students.counted'),
        ...learningKinds.map((kind) => ({
          label: t(`learningOnline.kinds.${kind}`),
          visibleFrom: 'sm' as const,
        })),
      ]}
    >
      {(student) => (
        <Table.Tr key={student.id} data-learning={student.learning}>
          <Table.Td>
            <Text size="sm" fw={600}>
              {student.fullName}
            </Text>
            <Text size="xs" c="dimmed" ff="monospace">
              {student.username}
            </Text>
            {/* On a phone the class and the activity go under the name, one line per kind done. */}
            <Text size="xs" c="dimmed" hiddenFrom="sm">
              {t('learningOnline.students.className')} {student.className}
            </Text>
            {learningKinds
              .filter((kind) => student[kind].count > 0)
              .map((kind) => (
                <Text key={kind} size="xs" hiddenFrom="sm">
                  {t(`learningOnline.kinds.${kind}`)}: {activity(student, kind)}
                </Text>
              ))}
          </Table.Td>
          <Table.Td visibleFrom="sm">{student.className}</Table.Td>
          <Table.Td>
            <Badge color={student.learning ? 'green' : 'gray'} variant="light" tt="none">
              {t(
                student.learning ? 'learningOnline.students.countedYes' : 'learningOnline.students.countedNo',
              )}
            </Badge>
          </Table.Td>
          {learningKinds.map((kind) => (
            <Table.Td key={kind} visibleFrom="sm">
              <Text size="sm">{activity(student, kind)}</Text>
            </Table.Td>
          ))}
        </Table.Tr>
      )}
    </ListTable>
  );
}
