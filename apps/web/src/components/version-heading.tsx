import { Badge, Group, type MantineSpacing, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Versions of a material or a question, newest first. */
const newestFirst = <V extends { number: number }>(versions: readonly V[]) =>
  [...versions].sort((a, b) => b.number - a.number);

/** A version's heading: its name, a badge on the current one (`current`: the badge's text), then `children`. */
function VersionHeading({
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

interface VersionListProps<V extends { number: number }> {
  /** A material or a question: its versions and the number of the current one. */
  of: { versions: readonly V[]; currentVersion: number };
  /** A version's name ("Phiên bản 2") and the current one's badge. */
  labels: { title: (number: number) => string; current: string };
  gap: MantineSpacing;
  testId: string;
  /** Beside a version's name: when it was made, or a link that opens it. */
  aside: (version: V, current: boolean) => ReactNode;
  /** Under a version's name. */
  children?: (version: V) => ReactNode;
  /** Said instead of the list when there is no version yet. */
  empty?: string;
}

/** Every version of a material or a question, newest first, the current one marked. */
export function VersionList<V extends { number: number }>({
  of,
  labels,
  gap,
  testId,
  aside,
  children,
  empty,
}: VersionListProps<V>) {
  if (of.versions.length === 0 && empty !== undefined) return <Text c="dimmed">{empty}</Text>;
  return (
    <Stack gap={gap} data-testid={testId}>
      {newestFirst(of.versions).map((version) => {
        const current = version.number === of.currentVersion;
        return (
          <div key={version.number}>
            <VersionHeading title={labels.title(version.number)} current={current ? labels.current : null}>
              {aside(version, current)}
            </VersionHeading>
            {children?.(version)}
          </div>
        );
      })}
    </Stack>
  );
}
