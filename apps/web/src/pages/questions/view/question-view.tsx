import type { QuestionContent } from '@hoclieu/contracts';
import { Badge, Group, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RichContent } from '../../../components/rich-content/rich-content';
import { PartView } from './part-view';
import { SolutionToggle } from './solution-toggle';

interface QuestionViewProps {
  content: QuestionContent;
  /** Correct options, answers, rubric and solution: for staff. */
  showAnswers?: boolean;
}

/** A question of any type; a group shows its shared stem, then each of its questions. */
export function QuestionView({ content, showAnswers = true }: QuestionViewProps) {
  const { t } = useTranslation();
  if (content.type !== 'group') {
    return (
      <div className="question-view">
        <PartView part={{ ...content, type: content.type }} showAnswers={showAnswers} />
      </div>
    );
  }
  return (
    <Stack gap="md" className="question-view">
      <RichContent html={content.stem} className="question-stem" />
      {content.solution && showAnswers && <SolutionToggle html={content.solution} />}
      {content.children.map((child, index) => (
        // Children have no identity of their own but their place in the group.
        <Paper key={index} withBorder p="sm" radius="md" component="section">
          <Group gap="xs" mb="xs">
            <Badge variant="light">{t('questionView.child', { number: index + 1 })}</Badge>
            <Badge variant="outline" color="gray" tt="none">
              {t(`questions.types.${child.type}`)}
            </Badge>
          </Group>
          <PartView part={child} showAnswers={showAnswers} />
        </Paper>
      ))}
    </Stack>
  );
}
