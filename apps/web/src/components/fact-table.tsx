import { Badge, Group, Table } from '@mantine/core';
import type { ReactNode } from 'react';

/** One line of a fact table: its label and value. */
export type Fact = [label: string, value: ReactNode];

/**
 * A two-column table of labelled facts (the side panel of a material or a question). `wrapAnywhere`
 * breaks long values (sources, outcomes) at any character rather than widening the column.
 */
export function FactTable({ facts, wrapAnywhere = false }: { facts: Fact[]; wrapAnywhere?: boolean }) {
  return (
    <Table variant="vertical" layout="fixed" withTableBorder fz="sm">
      <Table.Tbody>
        {facts.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={120}>{label}</Table.Th>
            <Table.Td style={wrapAnywhere ? { overflowWrap: 'anywhere' } : undefined}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Free tags as small outlined badges, in their own case. */
export function TagBadges({ tags }: { tags: string[] }) {
  return (
    <Group gap={4}>
      {tags.map((tag) => (
        <Badge key={tag} variant="outline" size="sm" tt="none">
          {tag}
        </Badge>
      ))}
    </Group>
  );
}
