import { endpoints, type userSummarySchema } from '@hoclieu/contracts';
import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useApi } from '../../app/api-context';
import { MutationDialog } from '../../components/mutation-dialog';
import { useTextFields } from '../../components/use-text-fields';
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
  const { values, bind } = useTextFields({ fullName: user.fullName, email: user.email ?? '' });
  return (
    <MutationDialog
      title={`${t('orgAdmin.editAccount')}: ${user.username}`}
      mutation={mutation}
      save={() =>
        mutation.mutateAsync({ fullName: values.fullName.trim(), email: values.email.trim() || null })
      }
      onClose={onClose}
      submit={{ disabled: values.fullName.trim().length < 2 }}
    >
      <TextInput
        label={t('users.fullName')}
        {...bind('fullName')}
        required
        minLength={2}
        maxLength={120}
        data-autofocus
      />
      <TextInput label={t('orgAdmin.email')} type="email" {...bind('email')} maxLength={200} />
    </MutationDialog>
  );
}
