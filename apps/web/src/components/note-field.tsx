import { Textarea, type TextareaProps } from '@mantine/core';

interface NoteFieldProps extends Omit<TextareaProps, 'value' | 'onChange' | 'autosize' | 'minRows'> {
  value: string;
  onChange: (value: string) => void;
}

/** A free note or comment: two lines to start with, growing as it is typed. */
export function NoteField({ onChange, ...props }: NoteFieldProps) {
  return (
    <Textarea autosize minRows={2} onChange={(event) => onChange(event.currentTarget.value)} {...props} />
  );
}
