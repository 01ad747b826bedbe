import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** The options or statements of a question being written: a group named by its heading. */
export function ChoiceList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap="xs" role="group" aria-label={label}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

/** An option's or statement's letter ("A", "b)") before its text. */
export function ChoiceLetter({ children }: { children: ReactNode }) {
  return (
    <Text fw={700} mt={6} w={20}>
      {children}
    </Text>
  );
}
