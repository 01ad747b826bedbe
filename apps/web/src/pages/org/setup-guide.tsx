import { endpoints } from '@hoclieu/contracts';
import { Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { RouterButton } from '../../components/router-links';
import { NewProvinceButton } from './provinces-section';

/**
 * On an empty install, the system admin's first steps: the province, then its officer, who takes it
 * from there. Gone once a province officer exists.
 */
export function SetupGuide() {
  const { t } = useTranslation();
  const provinces = useApiQuery(endpoints.orgManagement.listProvinces, {});
  const officers = useApiQuery(
    endpoints.org.listUsers,
    { query: { role: 'province_officer', pageSize: 1 } },
    { select: (data) => data.total },
  );
  if (!provinces.data || officers.data === undefined) return null;
  const noProvince = provinces.data.items.length === 0;
  if (!noProvince && officers.data > 0) return null;
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('orgAdmin.setupTitle')}
        </Title>
        <Text size="sm">{t('orgAdmin.setupIntro')}</Text>
        <List type="ordered" size="sm" spacing={4}>
          <List.Item>{t('orgAdmin.setupStep1')}</List.Item>
          <List.Item>{t('orgAdmin.setupStep2')}</List.Item>
          <List.Item>{t('orgAdmin.setupStep3')}</List.Item>
          <List.Item>{t('orgAdmin.setupStep4')}</List.Item>
          <List.Item>{t('orgAdmin.setupStep5')}</List.Item>
        </List>
        <Group>
          {noProvince ? (
            <NewProvinceButton label={t('orgAdmin.setupFirstProvince')} />
          ) : (
            <RouterButton to="/tai-khoan">{t('orgAdmin.setupNextAccount')}</RouterButton>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
