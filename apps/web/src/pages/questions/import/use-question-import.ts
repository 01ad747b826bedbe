import { endpoints, type ImportPreview } from '@hoclieu/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../../app/api-context';
import { useQuestionChanged } from '../use-question-changed';
import {
  commitBody,
  type ImportDefaults,
  type ImportItem,
  itemsFromPreview,
  noDefaults,
} from './import-items';

/**
 * The import's state: the file's preview (nothing stored yet), the items as the teacher fixes or
 * skips them, the defaults, and the commit that finally stores the ready ones.
 */
export function useQuestionImport() {
  const api = useApi();
  const changed = useQuestionChanged();
  const [progress, setProgress] = useState<number | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [items, setItems] = useState<ImportItem[]>([]);
  const [defaults, setDefaults] = useState<ImportDefaults>(noDefaults);
  const [submit, setSubmit] = useState(false);

  const upload = useMutation({
    mutationFn: (file: File) => {
      setProgress(0);
      return api.upload(endpoints.questions.importPreview, { file, onProgress: setProgress });
    },
    onSuccess: (result) => {
      setPreview(result);
      setItems(itemsFromPreview(result));
    },
    onSettled: () => setProgress(null),
  });

  const commit = useMutation({
    mutationFn: () =>
      api.call(endpoints.questions.importCommit, { body: commitBody(items, defaults, submit) }),
    onSuccess: () => changed(),
  });

  const reset = () => {
    setPreview(null);
    setItems([]);
    upload.reset();
    commit.reset();
  };

  return {
    progress,
    preview,
    items,
    setItems,
    defaults,
    setDefaults,
    submit,
    setSubmit,
    upload,
    commit,
    reset,
  };
}
