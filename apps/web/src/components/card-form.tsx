import { Button, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormError } from './form-error';

interface CardFormProps {
  /** The request the form sends: its error stands above the fields. */
  mutation: { isPending: boolean; isError: boolean; error: unknown };
  /** Called on submit; the page does not reload and the browser's own validation stays off. */
  onSubmit: () => void;
  submit: { label: string; disabled: boolean };
  children: ReactNode;
  /** Below the full-width submit button (a hint). */
  footer?: ReactNode;
}

/** The form of a signed-out page (sign-in, first setup): error, fields, a full-width submit button. */
export function CardForm({ mutation, onSubmit, submit, children, footer }: CardFormProps) {
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      noValidate
    >
      <Stack gap="md">
        {mutation.isError && <FormError error={mutation.error} />}
        {children}
        <Button type="submit" loading={mutation.isPending} disabled={submit.disabled} fullWidth>
          {submit.label}
        </Button>
        {footer}
      </Stack>
    </form>
  );
}
