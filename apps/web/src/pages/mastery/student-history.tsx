import { endpoints } from '@hoclieu/contracts';
import { Badge, Modal, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { keyboardScrollable } from '../../components/keyboard-scrollable';
import { QueryView } from '../../components/query-view';
import { MathText } from '../../components/rich-content/math-text';
import { TableHeader } from '../../components/table-header';
import { useVietnamFormat } from '../../components/vietnam-format';

/** A student's practice answers, newest first: when (Vietnam time), the question, right or wrong. */
export function StudentHistory({
  classId,
  student,
  onClose,
}: {
  classId: string;
  student: { id: string; name: string } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={student !== null}
      onClose={onClose}
      title={t('mastery.historyOf', { name: student?.name ?? '' })}
      size="xl"
    >
      {student && <HistoryTable classId={classId} studentId={student.id} />}
    </Modal>
  );
}

function HistoryTable({ classId, studentId }: { classId: string; studentId: string }) {
  const { t } = useTranslation();
  const when = useVietnamFormat();
  const query = useApiQuery(endpoints.mastery.studentHistory, { params: { classId, studentId } });
  return (
    <QueryView query={query}>
      {(data) =>
        data.answers.length === 0 ? (
          <Text c="dimmed">{t('mastery.historyEmpty')}</Text>
        ) : (
          <Table.ScrollContainer
            minWidth={520}
            scrollAreaProps={{ viewportProps: keyboardScrollable(t('mastery.history')) }}
          >
            <Table data-testid="practice-history">
              <TableHeader
                columns={[
                  t('mastery.answeredAt'),
                  t('mastery.question'),
                  t('mastery.topic'),
                  t('mastery.result'),
                ]}
              />
              <Table.Tbody>
                {data.answers.map((answer) => (
                  <Table.Tr key={answer.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{when.dateTime(answer.answeredAt)}</Table.Td>
                    <Table.Td>
                      <MathText text={answer.stemText} />
                    </Table.Td>
                    <Table.Td>{answer.topic?.title ?? '—'}</Table.Td>
                    <Table.Td>
                      <Badge color={answer.correct ? 'teal' : 'red'} variant="light">
                        {answer.correct ? t('mastery.right') : t('mastery.wrong')}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )
      }
    </QueryView>
  );
}
