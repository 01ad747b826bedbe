import { endpoints, type userSummarySchema } from '@hoclieu/contracts';
import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useApi } from '../../app/api-context';
import { DialogForm } from '../../components/dialog-form';
import { ErrorAlert } from '../../components/error-alert';
import { FormButtons } from '../../components/form-buttons';
import { ResetPasswordAction } from '../users/reset-password-action';
import { RowActions } from './row-actions';
import { type StateSwitch, SwitchConfirmDialog, switchAction } from './state-switch';
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
  const disabledSwitch: StateSwitch = {
    label: user.disabled ? t('orgAdmin.enable') : t('orgAdmin.disable'),
    color: user.disabled ? 'teal' : 'red',
    question: t(user.disabled ? 'orgAdmin.enableConfirm' : 'orgAdmin.disableConfirm', {
      username: user.username,
    }),
    turnsOff: !user.disabled,
  };
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
          switchAction(disabledSwitch, () => setOpen('toggle')),
          { label: t('users.reset'), onClick: () => setOpen('reset') },
        ]}
      />
      <ResetPasswordAction user={user} confirm={{ opened: open === 'reset', onClose: () => setOpen(null) }} />
      {open === 'edit' && <EditAccountDialog user={user} mutation={change} onClose={close} />}
      {open === 'toggle' && <SwitchConfirmDialog change={disabledSwitch} mutation={toggle} onClose={close} />}
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
  async function submit() {
    await mutation.mutateAsync({ fullName: fullName.trim(), email: email.trim() || null });
    onClose();
  }
  return (
    <DialogForm
      onClose={onClose}
      title={`${t('orgAdmin.editAccount')}: ${user.username}`}
      centered
      gap="md"
      onSubmit={() => void submit().catch(() => undefined)}
    >
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
    </DialogForm>
  );
}
