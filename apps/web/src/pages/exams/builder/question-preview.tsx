import { endpoints } from '@hoclieu/contracts';
import { useApiQuery } from '../../../api/use-api-query';
import { QueryView } from '../../../components/query-view';
import { QuestionView } from '../../questions/view/question-view';

/** A bank question in full (with its answer), loaded when the teacher unfolds it. */
export function QuestionPreview({ questionId }: { questionId: string }) {
  const question = useApiQuery(endpoints.questions.get, { params: { questionId } });
  return <QueryView query={question}>{(data) => <QuestionView content={data.content} />}</QueryView>;
}
