import { Badge, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Versions of a material or a question, newest first. */
export const newestFirst = <V extends { number: number }>(versions: readonly V[]) =>
  [...versions].sort((a, b) => b.number - a.number);

/** A version's heading: its name, a badge on the current one (`current`: the badge's text), then `children`. */
export function VersionHeading({
  title,
  current,
  children,
}: {
  title: string;
  current: string | null;
  children?: ReactNode;
}) {
  return (
    <Group gap="xs">
      <Text fw={600} size="sm">
        {title}
      </Text>
      {current !== null && (
        <Badge size="xs" variant="light">
          {current}
        </Badge>
      )}
      {children}
    </Group>
  );
}
