import { endpoints } from '@hoclieu/contracts';
import { useMutation } from '@tanstack/react-query';
import { type ClipboardEvent, type DragEvent, useRef, useState } from 'react';
import { useApi } from '../../../app/api-context';
import { imageFiles, imageTag, insertAt, withImageAlt } from './image-text';

/**
 * Pictures into a question text field: a file from the picker, a pasted screenshot or a dropped file
 * is stored on the server, then its `<img>` tag goes where the cursor was when it was sent. The last
 * inserted picture's alt text stays editable.
 */
export function useImageInsert(value: string, onChange: (value: string) => void) {
  const api = useApi();
  const textarea = useRef<HTMLTextAreaElement>(null);
  // The teacher may type on while the picture uploads: insert into the text as it is by then.
  const latest = useRef(value);
  latest.current = value;
  const [progress, setProgress] = useState<number | null>(null);
  const [inserted, setInserted] = useState<{ tag: string; alt: string } | null>(null);

  const upload = useMutation({
    mutationFn: async (file: File) => {
      const length = latest.current.length;
      const at = {
        start: textarea.current?.selectionStart ?? length,
        end: textarea.current?.selectionEnd ?? length,
      };
      setProgress(0);
      return {
        at,
        image: await api.upload(endpoints.questions.uploadImage, { file, onProgress: setProgress }),
      };
    },
    onSuccess: ({ at, image }) => {
      const text = latest.current;
      const tag = imageTag(image);
      const next = insertAt(text, Math.min(at.start, text.length), Math.min(at.end, text.length), tag);
      onChange(next.text);
      setInserted({ tag, alt: '' });
    },
    onSettled: () => setProgress(null),
  });

  const send = (files: File[]) => {
    const [file] = files;
    if (!file || upload.isPending) return false;
    upload.mutate(file);
    return true;
  };

  return {
    textarea,
    progress,
    uploading: upload.isPending,
    error: upload.error,
    inserted,
    send,
    setAlt: (alt: string) => {
      if (!inserted) return;
      const next = withImageAlt(latest.current, inserted.tag, alt);
      onChange(next.text);
      setInserted({ tag: next.tag, alt });
    },
    /** A screenshot pasted alone; text copied from Word (which also carries a picture of it) stays text. */
    onPaste: (event: ClipboardEvent<HTMLTextAreaElement>) => {
      if (event.clipboardData.getData('text/plain').trim()) return false;
      if (!send(imageFiles(event.clipboardData.files))) return false;
      event.preventDefault();
      return true;
    },
    onDrop: (event: DragEvent<HTMLTextAreaElement>) => {
      if (!send(imageFiles(event.dataTransfer.files))) return false;
      event.preventDefault();
      return true;
    },
  };
}

export type ImageInsert = ReturnType<typeof useImageInsert>;
