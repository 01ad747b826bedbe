import type { OwnAnswer } from '@hoclieu/contracts';
import { Badge, Paper, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RichContent } from '../../components/rich-content/rich-content';
import { OptionRow, StatementCells, StatementsTable, useTruthText } from './answer-layout';
import { TextReview } from './review-item';

/**
 * One question of a submitted paper while the keys are held: the question as asked and the student's
 * own answer, nothing marked right or wrong (the server sends nothing of the key).
 */
export function OwnAnswerItem({ entry }: { entry: OwnAnswer }) {
  const { t } = useTranslation();
  const { answer } = entry;
  const chosen = answer?.choices ?? (answer?.choice ? [answer.choice] : []);
  const truth = useTruthText();
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
                <OptionRow key={option.display} label={option.display} bg={mine ? 'blue.0' : undefined}>
                  <RichContent html={option.html} style={{ flex: 1, minWidth: 0 }} />
                  {mine && (
                    <Badge variant="outline" color="blue" tt="none">
                      {t('quizResult.yourChoice')}
                    </Badge>
                  )}
                </OptionRow>
              );
            })}
          </Stack>
        )}
        {entry.statements.length > 0 && (
          <StatementsTable answerColumns={[t('quizResult.yourChoice')]}>
            {entry.statements.map((statement) => (
              <Table.Tr key={statement.label}>
                <StatementCells statement={statement} />
                <Table.Td fw={600}>{truth(answer?.statements?.[statement.label])}</Table.Td>
              </Table.Tr>
            ))}
          </StatementsTable>
        )}
        {(entry.type === 'short_answer' || entry.type === 'essay') && <TextReview answer={answer ?? null} />}
      </Stack>
    </Paper>
  );
}
