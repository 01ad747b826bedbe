import { Paper } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { PasswordChangeForm } from './password-change-form';

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={t('password.title')} />
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" maw={480}>
        <PasswordChangeForm onDone={() => void navigate({ to: '/' })} />
      </Paper>
    </>
  );
}
