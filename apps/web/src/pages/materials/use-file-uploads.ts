import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../../app/api-context';
import { type StoredUpload, uploadMaterialFile } from './upload-material-file';

type UploadPhase = 'uploading' | 'checking' | 'stored' | 'refused' | 'failed';

export interface UploadItem {
  key: string;
  name: string;
  size: number;
  /** 0..1 of the bytes sent. */
  progress: number;
  phase: UploadPhase;
  upload?: StoredUpload;
  error?: unknown;
  reason?: string | null;
}

let nextKey = 0;

/** Files being uploaded for a new material or version, each with its progress and the server's verdict. */
export function useFileUploads() {
  const api = useApi();
  const [items, setItems] = useState<UploadItem[]>([]);
  const controllers = useRef(new Map<string, AbortController>());

  const update = useCallback((key: string, patch: Partial<UploadItem>) => {
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  }, []);

  const start = useCallback(
    async (key: string, file: File) => {
      const controller = new AbortController();
      controllers.current.set(key, controller);
      try {
        const outcome = await uploadMaterialFile(api, file, {
          signal: controller.signal,
          onProgress: (progress) => update(key, { progress }),
          onChecking: () => update(key, { phase: 'checking', progress: 1 }),
        });
        if (outcome.status === 'stored') update(key, { phase: 'stored', upload: outcome.upload });
        else update(key, { phase: 'refused', error: outcome.error, reason: outcome.reason });
      } catch (error) {
        if (!controller.signal.aborted) update(key, { phase: 'failed', error });
      } finally {
        controllers.current.delete(key);
      }
    },
    [api, update],
  );

  const add = useCallback(
    (files: File[]) => {
      const added = files.map((file) => ({ file, key: `upload-${++nextKey}` }));
      setItems((list) => [
        ...list,
        ...added.map(({ file, key }) => ({
          key,
          name: file.name,
          size: file.size,
          progress: 0,
          phase: 'uploading' as const,
        })),
      ]);
      for (const { file, key } of added) void start(key, file);
    },
    [start],
  );

  const remove = useCallback((key: string) => {
    controllers.current.get(key)?.abort();
    setItems((list) => list.filter((item) => item.key !== key));
  }, []);

  useEffect(() => {
    const running = controllers.current;
    return () => {
      for (const controller of running.values()) controller.abort();
    };
  }, []);

  const storedIds = items.flatMap((item) => (item.phase === 'stored' && item.upload ? [item.upload.id] : []));
  const busy = items.some((item) => item.phase === 'uploading' || item.phase === 'checking');
  return { items, add, remove, storedIds, busy };
}
