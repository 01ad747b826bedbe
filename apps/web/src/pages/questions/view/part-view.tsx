import type { QuestionPartContent } from '@hoclieu/contracts';
import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RichContent } from '../../../components/rich-content/rich-content';
import { FeedbackPanel } from './feedback-view';
import { OptionsView } from './options-view';
import { ShortAnswerView } from './short-answer-view';
import { SolutionToggle } from './solution-toggle';
import { StatementsView } from './statements-view';

/**
 * One question without children: stem, the answers its type has, the rubric, the solution, and
 * the feedback by outcome and hints.
 */
export function PartView({ part, showAnswers }: { part: QuestionPartContent; showAnswers: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <RichContent html={part.stem} className="question-stem" />
      {(part.type === 'single_choice' || part.type === 'multiple_select') && (
        <OptionsView options={part.options} showAnswers={showAnswers} />
      )}
      {part.type === 'true_false_group' && (
        <StatementsView statements={part.statements} showAnswers={showAnswers} />
      )}
      {part.type === 'short_answer' && showAnswers && <ShortAnswerView answer={part.answer} />}
      {part.type === 'essay' && part.rubric && showAnswers && (
        <Paper withBorder p="sm" radius="sm">
          <Text size="sm" fw={600} mb={4}>
            {t('questionView.rubric')}
          </Text>
          <RichContent html={part.rubric} />
        </Paper>
      )}
      {part.solution && showAnswers && <SolutionToggle html={part.solution} />}
      {showAnswers && <FeedbackPanel feedback={part.feedback} hints={part.hints} />}
    </Stack>
  );
}
