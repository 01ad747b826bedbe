import 'katex/dist/katex.min.css';
import './quiz.css';
import { endpoints } from '@hoclieu/contracts';
import { Center, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { useApi } from '../../app/api-context';
import { ErrorAlert } from '../../components/error-alert';
import { QueryView } from '../../components/query-view';
import { AttemptOutcome } from './attempt-outcome';
import { attemptQueryOptions, type LoadedAttempt } from './attempt-query';
import { QuizSession } from './quiz-session';
import { serverClock } from './server-clock';

const route = getRouteApi('/app/lam-bai/$attemptId');

/**
 * Làm bài: phone-first and light. The paper arrives typeset (KaTeX's stylesheet only, no script),
 * answers are kept on the device until the server has them, the clock is the server's.
 */
export function QuizPage() {
  const { attemptId } = route.useParams();
  const query = useQuery(attemptQueryOptions(useApi(), attemptId));
  // The page starts from one fresh copy of the attempt and keeps it: later reads would only race the answers.
  const [kept, setKept] = useState<LoadedAttempt | null>(null);
  const loaded = kept?.view.id === attemptId ? kept : null;
  const fresh = query.data && (!query.isStale || query.isFetchedAfterMount) ? query.data : null;
  if (!loaded && fresh) setKept(fresh);

  if (loaded) {
    if (loaded.view.status === 'submitted') return <SubmittedAttempt attemptId={attemptId} />;
    return <LoadedQuiz key={loaded.view.id} loaded={loaded} />;
  }
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <Spinner />;
}

function Spinner() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

function LoadedQuiz({ loaded }: { loaded: LoadedAttempt }) {
  const clock = useMemo(() => serverClock(loaded.view.serverNow, loaded.requestedAt), [loaded]);
  return <QuizSession view={loaded.view} clock={clock} />;
}

function SubmittedAttempt({ attemptId }: { attemptId: string }) {
  const result = useApiQuery(endpoints.assessments.result, { params: { attemptId } });
  return (
    <QueryView query={result}>{(data) => <AttemptOutcome reason="submitted" result={data} />}</QueryView>
  );
}
