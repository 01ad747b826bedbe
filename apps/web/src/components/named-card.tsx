import { Paper, type PaperProps } from '@mantine/core';
import type { ReactNode } from 'react';

interface NamedCardProps extends Omit<PaperProps, 'component'> {
  /** Names the card for screen readers (an exam's question, an essay to grade). */
  label: string;
  /** An item of a list is an article; a part of a page, a section. */
  component: 'article' | 'section';
  children: ReactNode;
}

/** A bordered card of a list or a page, named by its label. */
export function NamedCard({ label, component, children, ...props }: NamedCardProps) {
  return (
    <Paper withBorder p="md" radius="md" component={component} aria-label={label} {...props}>
      {children}
    </Paper>
  );
}
