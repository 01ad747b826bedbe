import type { OwnAnswer } from '@hoclieu/contracts';
import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RichContent } from '../../components/rich-content/rich-content';
import { TextReview } from './review-item';

/**
 * One question of a submitted paper while the keys are held: the question as asked and the student's
 * own answer, nothing marked right or wrong (the server sends nothing of the key).
 */
export function OwnAnswerItem({ entry }: { entry: OwnAnswer }) {
  const { t } = useTranslation();
  const { answer } = entry;
  const chosen = answer?.choices ?? (answer?.choice ? [answer.choice] : []);
  const truth = (value: boolean | undefined) =>
    value === undefined ? '—' : value ? t('quiz.true') : t('quiz.false');
  const title = t('quizResult.question', { number: entry.number });
  return (
    <Paper component="article" withBorder radius="md" p={{ base: 'sm', sm: 'md' }} aria-label={title}>
      <Title order={3} fz="h4" mb="sm">
        {title}
      </Title>
      <Stack gap="sm">
        <RichContent html={entry.stem} />
        {entry.options.length > 0 && (
          <Stack gap={6}>
            {entry.options.map((option) => {
              const mine = chosen.includes(option.display);
              return (
                <Paper
                  key={option.display}
                  withBorder
                  px="sm"
                  py={6}
                  radius="sm"
                  bg={mine ? 'blue.0' : undefined}
                >
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <Text fw={700}>{option.display}.</Text>
                    <RichContent html={option.html} style={{ flex: 1, minWidth: 0 }} />
                    {mine && (
                      <Badge variant="outline" color="blue" tt="none">
                        {t('quizResult.yourChoice')}
                      </Badge>
                    )}
                  </Group>
                </Paper>
              );
            })}
          </Stack>
        )}
        {entry.statements.length > 0 && (
          <Table withTableBorder layout="fixed" verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={36} />
                <Table.Th />
                <Table.Th w={80}>{t('quizResult.yourChoice')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entry.statements.map((statement) => (
                <Table.Tr key={statement.label}>
                  <Table.Td fw={700}>{statement.label})</Table.Td>
                  <Table.Td>
                    <RichContent html={statement.html} />
                  </Table.Td>
                  <Table.Td fw={600}>{truth(answer?.statements?.[statement.label])}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {(entry.type === 'short_answer' || entry.type === 'essay') && <TextReview answer={answer ?? null} />}
      </Stack>
    </Paper>
  );
}
