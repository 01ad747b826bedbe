import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled panel of a page; its title names the region. */
export function PageSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Title order={2} fz="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
