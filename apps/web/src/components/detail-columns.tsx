import { Grid, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageSection } from './page-section';

interface AsideSection {
  title: string;
  /** `false` leaves the section off the printout. */
  print?: boolean;
  content: ReactNode;
}

interface DetailColumnsProps {
  /** The wide column: the item itself. */
  children: ReactNode;
  /** The narrow column's titled sections, in order (sharing, facts, versions …). */
  aside: AsideSection[];
  /** On phones the narrow column comes first (an exam's versions and totals before its items). */
  asideFirstOnPhone?: boolean;
}

/** A detail page's body: the item on the left, its sections beside it on wide screens, under it on phones. */
export function DetailColumns({ children, aside, asideFirstOnPhone = false }: DetailColumnsProps) {
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }} order={asideFirstOnPhone ? { base: 2, md: 1 } : undefined}>
        {children}
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }} order={asideFirstOnPhone ? { base: 1, md: 2 } : undefined}>
        <Stack gap="lg">
          {aside.map(({ title, print, content }) => (
            <PageSection key={title} title={title} print={print}>
              {content}
            </PageSection>
          ))}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
