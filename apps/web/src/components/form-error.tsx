import { Alert } from '@mantine/core';
import { useErrorText } from './use-error-text';

/** A failed submit's error at the top of a sign-in or password form, in the user's language. */
export function FormError({ error }: { error: unknown }) {
  const errorText = useErrorText();
  return (
    <Alert color="red" variant="light" role="alert">
      {errorText(error).text}
    </Alert>
  );
}
