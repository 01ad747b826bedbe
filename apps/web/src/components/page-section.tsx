import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A titled panel of a page; its title names the region. `titleGap`: the space under the title (a form's
 * panel leaves more). `print={false}` leaves it off the printout.
 */
export function PageSection({
  title,
  children,
  titleGap = 'sm',
  print = true,
}: {
  title: string;
  children: ReactNode;
  titleGap?: 'sm' | 'md';
  print?: boolean;
}) {
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-label={title}
      className={print ? undefined : 'no-print'}
    >
      <Title order={2} fz="h4" mb={titleGap}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}
