import { ChoiceAnswer } from './choice-answer';
import type { AnswerInputProps } from './paper-items';
import { EssayInput, ShortAnswerInput } from './text-answer';
import { TrueFalseAnswer } from './true-false-answer';

/** The input of an item's type. */
export function ItemAnswer(props: AnswerInputProps) {
  switch (props.item.type) {
    case 'single_choice':
    case 'multiple_select':
      return <ChoiceAnswer {...props} />;
    case 'true_false_group':
      return <TrueFalseAnswer {...props} />;
    case 'short_answer':
      return <ShortAnswerInput {...props} />;
    case 'essay':
      return <EssayInput {...props} />;
    default:
      return null;
  }
}
