import { Button, Group, Menu } from '@mantine/core';

export interface RowAction {
  label: string;
  color?: string;
  onClick: () => void;
}

/** A row's actions: buttons on wide screens, one "⋯" menu on phones so the name keeps its room. */
export function RowActions({ actions, label }: { actions: RowAction[]; label: string }) {
  return (
    <>
      <Group gap={4} justify="flex-end" visibleFrom="sm">
        {actions.map((action) => (
          <Button
            key={action.label}
            size="compact-xs"
            variant="subtle"
            color={action.color}
            onClick={action.onClick}
          >
            {action.label}
          </Button>
        ))}
      </Group>
      <Group justify="flex-end" hiddenFrom="sm">
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button size="compact-md" variant="subtle" aria-label={label}>
              ⋯
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {actions.map((action) => (
              <Menu.Item key={action.label} color={action.color} onClick={action.onClick}>
                {action.label}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
    </>
  );
}
