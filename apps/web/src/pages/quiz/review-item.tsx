import type { AttemptResult, LabelledAnswer, QuestionPartContent } from '@hoclieu/contracts';
import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RichContent } from '../../components/rich-content/rich-content';
import { CreditBadge } from '../questions/view/credit-badge';
import { FeedbackPanel, OptionFeedback, type Outcome } from '../questions/view/feedback-view';
import { ShortAnswerView } from '../questions/view/short-answer-view';
import { SolutionToggle } from '../questions/view/solution-toggle';
import { OptionRow, StatementCells, StatementsTable, useTruthText } from './answer-layout';

export type ReviewEntry = NonNullable<AttemptResult['review']>[number];

const statusColors = {
  correct: 'teal',
  partial: 'yellow',
  wrong: 'red',
  blank: 'gray',
  manual: 'blue',
} as const;

/** The outcome whose feedback a result earns; none for an essay waiting for the teacher. */
const OUTCOME_OF_STATUS = {
  correct: 'correct',
  partial: 'partial',
  wrong: 'incorrect',
  blank: 'incorrect',
  manual: null,
} as const satisfies Record<ReviewEntry['result']['status'], Outcome | null>;

/**
 * The options with the key marked, each option's own share of the points, and the feedback of the
 * student's picks.
 */
function OptionsReview({ part, answer }: { part: QuestionPartContent; answer: LabelledAnswer | null }) {
  const { t } = useTranslation();
  const chosen = answer?.choices ?? (answer?.choice ? [answer.choice] : []);
  return (
    <Stack gap={6}>
      {part.options.map((option) => {
        const mine = chosen.includes(option.label);
        const earns = (option.credit ?? 0) > 0;
        return (
          <OptionRow
            key={option.label}
            label={option.label}
            bg={option.correct ? 'teal.0' : mine ? (earns ? 'yellow.0' : 'red.0') : undefined}
          >
            <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
              <RichContent html={option.html} />
              {mine && <OptionFeedback html={option.feedback} />}
            </Stack>
            <Stack gap={2} align="flex-end">
              {mine && (
                <Badge variant="outline" color={option.correct ? 'teal' : earns ? 'yellow' : 'red'} tt="none">
                  {t('quizResult.yourChoice')}
                </Badge>
              )}
              <CreditBadge credit={option.credit} />
              {option.correct && (
                <Badge color="teal" tt="none">
                  ✓ {t('quizResult.correctAnswer')}
                </Badge>
              )}
            </Stack>
          </OptionRow>
        );
      })}
    </Stack>
  );
}

function StatementsReview({ part, answer }: { part: QuestionPartContent; answer: LabelledAnswer | null }) {
  const { t } = useTranslation();
  const truth = useTruthText();
  return (
    <StatementsTable answerColumns={[t('quizResult.yourChoice'), t('quizResult.key')]}>
      {part.statements.map((statement) => {
        const mine = answer?.statements?.[statement.label];
        return (
          <Table.Tr key={statement.label}>
            <StatementCells statement={statement} />
            <Table.Td
              c={mine === undefined ? 'dimmed' : mine === statement.correct ? 'teal.8' : 'red.7'}
              fw={600}
            >
              {truth(mine)}
            </Table.Td>
            <Table.Td>{truth(statement.correct)}</Table.Td>
          </Table.Tr>
        );
      })}
    </StatementsTable>
  );
}

/** The student's own text answer (short answer, essay), or "no answer". */
export function TextReview({ answer }: { answer: LabelledAnswer | null }) {
  const { t } = useTranslation();
  return (
    <Text>
      <Text span fw={600}>
        {t('quizResult.yourAnswer')}:
      </Text>{' '}
      {answer?.text ? (
        <Text span style={{ whiteSpace: 'pre-wrap' }}>
          {answer.text}
        </Text>
      ) : (
        <Text span c="dimmed">
          {t('quizResult.noAnswer')}
        </Text>
      )}
    </Text>
  );
}

interface PartReviewProps {
  part: QuestionPartContent;
  answer: LabelledAnswer | null;
  /** Absent for a group's child, whose result the entry does not carry: hints only. */
  outcome?: Outcome | null;
}

function PartReview({ part, answer, outcome }: PartReviewProps) {
  return (
    <Stack gap="sm">
      <RichContent html={part.stem} />
      {(part.type === 'single_choice' || part.type === 'multiple_select') && (
        <OptionsReview part={part} answer={answer} />
      )}
      {part.type === 'true_false_group' && <StatementsReview part={part} answer={answer} />}
      {(part.type === 'short_answer' || part.type === 'essay') && <TextReview answer={answer} />}
      {part.type === 'short_answer' && <ShortAnswerView answer={part.answer} />}
      {part.solution && <SolutionToggle html={part.solution} />}
      <FeedbackPanel feedback={part.feedback} hints={part.hints} outcome={outcome ?? null} />
    </Stack>
  );
}

/**
 * One question of the review: the student's answer beside the key, the points, the solution, the
 * feedback of the chosen options and of the result, and the hints.
 */
export function ReviewItem({ entry }: { entry: ReviewEntry }) {
  const { t, i18n } = useTranslation();
  const { content, answer, result } = entry;
  const number = (value: number) => value.toLocaleString(i18n.language, { maximumFractionDigits: 2 });
  const title = t('quizResult.question', { number: entry.number });
  return (
    <Paper component="article" withBorder radius="md" p={{ base: 'sm', sm: 'md' }} aria-label={title}>
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={3} fz="h4">
          {title}
        </Title>
        <Group gap="xs">
          <Badge color={statusColors[result.status]} variant="light" tt="none">
            {t(`quizResult.status.${result.status}`)}
          </Badge>
          <Text size="sm" fw={600}>
            {t('quizResult.itemScore', { score: number(result.score), max: number(result.max) })}
          </Text>
        </Group>
      </Group>
      {content.type === 'group' ? (
        <Stack gap="md">
          <RichContent html={content.stem} />
          {content.children.map((child, index) => (
            // A child has no identity but its place in the group.
            <PartReview key={index} part={child} answer={null} />
          ))}
        </Stack>
      ) : (
        <PartReview
          part={{ ...content, type: content.type }}
          answer={answer}
          outcome={OUTCOME_OF_STATUS[result.status]}
        />
      )}
    </Paper>
  );
}
