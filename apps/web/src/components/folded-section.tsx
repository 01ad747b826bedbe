import { Button, Collapse, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type ReactNode, useId } from 'react';

/** A section folded away behind a subtle button that opens and closes it (a solution, feedback and hints). */
export function FoldedSection({
  label,
  initiallyOpen = false,
  children,
}: {
  /** The button's text, which may say whether the section is open. */
  label: (opened: boolean) => ReactNode;
  initiallyOpen?: boolean;
  children: ReactNode;
}) {
  const [opened, { toggle }] = useDisclosure(initiallyOpen);
  const id = useId();
  return (
    <Stack gap={4}>
      <Button
        variant="subtle"
        size="compact-sm"
        onClick={toggle}
        aria-expanded={opened}
        aria-controls={id}
        style={{ alignSelf: 'flex-start' }}
      >
        {label(opened)}
      </Button>
      <Collapse expanded={opened} id={id}>
        {children}
      </Collapse>
    </Stack>
  );
}
