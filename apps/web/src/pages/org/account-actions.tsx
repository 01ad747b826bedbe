import { endpoints, type userSummarySchema } from '@hoclieu/contracts';
import { Modal, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useApi } from '../../app/api-context';
import { ErrorAlert } from '../../components/error-alert';
import { FormButtons } from '../../components/form-buttons';
import { ResetPasswordAction } from '../users/reset-password-action';
import { ConfirmDialog } from './confirm-dialog';
import { RowActions } from './row-actions';
import { useOrgMutation } from './use-org-mutation';

type UserSummary = z.infer<typeof userSummarySchema>;
type Change = { fullName?: string; email?: string | null; disabled?: boolean };

/** "Sửa" (name, email), "Khoá tài khoản" / "Mở khoá" and "Cấp lại mật khẩu" on an account row. */
export function AccountActions({ user }: { user: UserSummary }) {
  const { t } = useTranslation();
  const api = useApi();
  const [open, setOpen] = useState<'edit' | 'toggle' | 'reset' | null>(null);
  const change = useOrgMutation((body: Change) =>
    api.call(endpoints.orgManagement.updateUser, { params: { userId: user.id }, body }),
  );
  const toggle = useOrgMutation(() =>
    api.call(endpoints.orgManagement.updateUser, {
      params: { userId: user.id },
      body: { disabled: !user.disabled },
    }),
  );
  const close = () => {
    change.reset();
    toggle.reset();
    setOpen(null);
  };
  return (
    <>
      <RowActions
        label={`${t('orgAdmin.actions')}: ${user.username}`}
        actions={[
          { label: t('orgAdmin.edit'), onClick: () => setOpen('edit') },
          {
            label: user.disabled ? t('orgAdmin.enable') : t('orgAdmin.disable'),
            color: user.disabled ? 'teal' : 'red',
            onClick: () => setOpen('toggle'),
          },
          { label: t('users.reset'), onClick: () => setOpen('reset') },
        ]}
      />
      <ResetPasswordAction user={user} confirm={{ opened: open === 'reset', onClose: () => setOpen(null) }} />
      {open === 'edit' && <EditAccountDialog user={user} mutation={change} onClose={close} />}
      {open === 'toggle' && (
        <ConfirmDialog
          title={user.disabled ? t('orgAdmin.enable') : t('orgAdmin.disable')}
          text={t(user.disabled ? 'orgAdmin.enableConfirm' : 'orgAdmin.disableConfirm', {
            username: user.username,
          })}
          confirmLabel={user.disabled ? t('orgAdmin.enable') : t('orgAdmin.disable')}
          danger={!user.disabled}
          mutation={toggle}
          onClose={close}
        />
      )}
    </>
  );
}

function EditAccountDialog({
  user,
  mutation,
  onClose,
}: {
  user: UserSummary;
  mutation: ReturnType<typeof useOrgMutation<Change, unknown>>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [fullName, setFullName] = useState(user.fullName);
  const [email, setEmail] = useState(user.email ?? '');
  async function submit(event: FormEvent) {
    event.preventDefault();
    await mutation.mutateAsync({ fullName: fullName.trim(), email: email.trim() || null });
    onClose();
  }
  return (
    <Modal opened onClose={onClose} title={`${t('orgAdmin.editAccount')}: ${user.username}`} centered>
      <form onSubmit={(event) => void submit(event).catch(() => undefined)}>
        <Stack gap="md">
          {mutation.isError && <ErrorAlert error={mutation.error} />}
          <TextInput
            label={t('users.fullName')}
            value={fullName}
            onChange={(event) => setFullName(event.currentTarget.value)}
            required
            minLength={2}
            maxLength={120}
            data-autofocus
          />
          <TextInput
            label={t('orgAdmin.email')}
            type="email"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            maxLength={200}
          />
          <FormButtons onCancel={onClose} saving={mutation.isPending} disabled={fullName.trim().length < 2} />
        </Stack>
      </form>
    </Modal>
  );
}
