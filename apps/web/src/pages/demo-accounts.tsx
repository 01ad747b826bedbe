import { type Role, roles } from '@hoclieu/contracts';
import { Anchor, Collapse, List, Paper, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** The seeded demo login of each role (apps/api seeds them; README "Demo accounts"). */
const demoUsername: Record<Role, string> = {
  system_admin: 'admin',
  province_officer: 'so.quangbinh',
  district_officer: 'phong.tuyenhoa',
  school_admin: 'hieutruong',
  teacher: 'giaovien',
  student: 'hocsinh',
};
// From the system administrator down to the student.
const demoAccounts = [...roles].reverse().map((role) => ({ role, username: demoUsername[role] }));

export function DemoAccounts({ onPick }: { onPick: (username: string) => void }) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure(false);
  return (
    <Paper withBorder p="sm" radius="md" bg="white">
      <UnstyledButton onClick={toggle} aria-expanded={opened} aria-controls="demo-accounts" w="100%">
        <Text size="sm" fw={600} c="teal.8">
          {opened ? '▾' : '▸'} {t('login.demoTitle')}
        </Text>
      </UnstyledButton>
      <Collapse expanded={opened} id="demo-accounts">
        <Text size="xs" c="dimmed" mt="xs">
          {t('login.demoHint')}
        </Text>
        <List size="sm" mt="xs" spacing={4}>
          {demoAccounts.map(({ username, role }) => (
            <List.Item key={username}>
              <Anchor
                component="button"
                type="button"
                size="sm"
                ff="monospace"
                onClick={() => onPick(username)}
              >
                {username}
              </Anchor>{' '}
              <Text span size="xs" c="dimmed">
                ({t(`roles.${role}`)})
              </Text>
            </List.Item>
          ))}
        </List>
      </Collapse>
    </Paper>
  );
}
