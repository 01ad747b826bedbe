import { Text } from '@mantine/core';

/** A person in a table row: the full name in bold, the username under it. */
export function PersonName({ fullName, username }: { fullName: string; username: string }) {
  return (
    <>
      <Text size="sm" fw={600}>
        {fullName}
      </Text>
      <Text size="xs" c="dimmed" ff="monospace">
        {username}
      </Text>
    </>
  );
}
