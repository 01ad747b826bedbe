import { Button, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { saveFile } from '../../components/save-file';
import { useErrorText } from '../../components/use-error-text';

interface DownloadButtonProps extends ButtonProps {
  /** Fetches the file (the client's `download`); the server's file name wins over `fileName`. */
  load: () => Promise<{ blob: Blob; fileName: string | null }>;
  fileName: string;
  children: ReactNode;
}

/** A button that downloads one generated file (a paper, an answer key, results) and saves it. */
export function DownloadButton({ load, fileName, children, ...props }: DownloadButtonProps) {
  const errorText = useErrorText();
  const download = useMutation({
    mutationFn: load,
    onSuccess: ({ blob, fileName: served }) => saveFile(blob, served ?? fileName),
    onError: (error) => notifications.show({ color: 'red', message: errorText(error).text }),
  });
  return (
    <Button variant="default" {...props} loading={download.isPending} onClick={() => download.mutate()}>
      {children}
    </Button>
  );
}
