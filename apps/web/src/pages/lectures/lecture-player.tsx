import { endpoints, type LecturePlay, type LectureState } from '@hoclieu/contracts';
import { Alert, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpointKey, useApiQuery } from '../../api/use-api-query';
import { useApi } from '../../app/api-context';
import { ErrorAlert } from '../../components/error-alert';
import { bridgeFrame } from './frame-bridge';
import { LectureStatusBadge } from './lecture-status-badge';
import { createScormRuntime, type ScormRuntime } from './scorm-runtime';

const COMMIT_EVENTS = { '1.2': ['LMSCommit', 'LMSFinish'], '2004': ['Commit', 'Terminate'] } as const;

/**
 * Plays a SCORM lecture in the existing sandbox: scorm-again runs here, in the page, and the
 * lecture's frame reaches it through scorm-again's cross-frame client (put in the launch page by the
 * API). Commits go to the API as the signed-in student; a teacher's preview commits nothing.
 */
function Player({
  materialId,
  packageUrl,
  play,
}: {
  materialId: string;
  packageUrl: string;
  play: LecturePlay;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const frame = useRef<HTMLIFrameElement>(null);
  const [runtime, setRuntime] = useState<ScormRuntime | null>(null);
  const [state, setState] = useState<LectureState | null>(play.state);
  const [failed, setFailed] = useState<Error | null>(null);

  useEffect(() => {
    let live = true;
    createScormRuntime(play).then(
      (created) => live && setRuntime(created),
      (error: Error) => live && setFailed(error),
    );
    return () => {
      live = false;
    };
  }, [play]);

  useEffect(() => {
    if (!runtime) return;
    const unbridge = bridgeFrame(() => frame.current?.contentWindow ?? null, runtime.api);
    if (!play.tracking) return unbridge;
    const sessionId = crypto.randomUUID();
    // One commit after the other, in the order the lecture made them.
    let queue = Promise.resolve();
    const send = (finished: boolean) => {
      const body = { ...runtime.read(finished), sessionId };
      queue = queue
        .then(() => api.call(endpoints.lectures.commit, { params: { materialId }, body }))
        .then((saved) => {
          setState(saved);
          void queryClient.invalidateQueries({ queryKey: endpointKey(endpoints.lectures.mine) });
        })
        .catch((error: Error) => setFailed(error));
    };
    const [commit, finish] = COMMIT_EVENTS[play.version];
    runtime.on(commit, () => send(false));
    runtime.on(finish, () => send(true));
    return unbridge;
  }, [runtime, play, api, materialId, queryClient]);

  if (failed) return <ErrorAlert error={failed} />;
  if (!runtime) return <Text c="dimmed">{t('lectures.loading')}</Text>;
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={500}>
          {t('lectures.player', { version: play.version })}
        </Text>
        {play.tracking ? (
          <LectureStatusBadge state={state} />
        ) : (
          <Text size="xs" c="dimmed">
            {t('lectures.preview')}
          </Text>
        )}
      </Group>
      <iframe
        ref={frame}
        src={packageUrl}
        // The lecture reads the learner's state from its frame's name, synchronously, at load.
        name={JSON.stringify({ kind: 'hoclieu-lecture', cmi: runtime.seed })}
        title={t('lectures.frameTitle')}
        data-testid="lecture-frame"
        sandbox="allow-scripts allow-forms allow-modals allow-pointer-lock"
        style={{ width: '100%', height: 'min(75vh, 680px)', minHeight: 360, border: 0, borderRadius: 8 }}
      />
      {!play.tracking && (
        <Alert color="gray" p="xs">
          <Text size="xs">{t('lectures.previewHint')}</Text>
        </Alert>
      )}
    </Stack>
  );
}

/** The lecture for this viewer: their stored state first, then the player. */
export function LecturePlayer({ materialId, packageUrl }: { materialId: string; packageUrl: string }) {
  const play = useApiQuery(
    endpoints.lectures.play,
    { params: { materialId } },
    { staleTime: 0, gcTime: 0, refetchOnWindowFocus: false },
  );
  if (play.isError) return <ErrorAlert error={play.error} />;
  if (!play.data) return null;
  return <Player materialId={materialId} packageUrl={packageUrl} play={play.data} />;
}
