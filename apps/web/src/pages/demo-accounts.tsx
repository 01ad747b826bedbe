import type { Role } from '@hoclieu/contracts';
import { Anchor, Collapse, List, Paper, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** The seeded demo logins (apps/api seeds them; README "Demo accounts"). */
const demoAccounts: { username: string; role: Role }[] = [
  { username: 'admin', role: 'system_admin' },
  { username: 'so.quangbinh', role: 'province_officer' },
  { username: 'phong.tuyenhoa', role: 'district_officer' },
  { username: 'hieutruong', role: 'school_admin' },
  { username: 'giaovien', role: 'teacher' },
  { username: 'hocsinh', role: 'student' },
];

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
