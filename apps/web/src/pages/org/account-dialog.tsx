import { endpoints, type Role, roles } from '@hoclieu/contracts';
import { outranks } from '@hoclieu/domain';
import { Button, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { useApi } from '../../app/api-context';
import { DialogForm } from '../../components/dialog-form';
import { ErrorAlert } from '../../components/error-alert';
import { FormButtons } from '../../components/form-buttons';
import { useActor } from '../../session/session-context';
import { OneTimePassword } from './one-time-password';
import { useOrgMutation } from './use-org-mutation';

type UnitKind = 'school' | 'district' | 'province' | null;

const unitKindOf = (role: Role): UnitKind =>
  role === 'system_admin'
    ? null
    : role === 'province_officer'
      ? 'province'
      : role === 'district_officer'
        ? 'district'
        : 'school';

interface AccountValues {
  role: Role;
  username: string;
  fullName: string;
  email: string;
  unitId: string;
}

/** The units a new account of this kind can belong to, as select options. */
function useUnitOptions(kind: UnitKind, schoolSearch: string) {
  const actor = useActor();
  const provinces = useApiQuery(endpoints.orgManagement.listProvinces, {}, { enabled: kind === 'province' });
  const districts = useApiQuery(endpoints.org.listDistricts, {}, { enabled: kind === 'district' });
  const schools = useApiQuery(
    endpoints.org.listSchools,
    { query: { q: schoolSearch || undefined, status: 'active', pageSize: 50 } },
    { enabled: kind === 'school' && !actor.schoolId },
  );
  if (kind === 'province')
    return (provinces.data?.items ?? []).filter((p) => p.active).map((p) => ({ value: p.id, label: p.name }));
  if (kind === 'district')
    return (districts.data?.items ?? []).filter((d) => d.active).map((d) => ({ value: d.id, label: d.name }));
  if (kind === 'school')
    return (schools.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.name} (${s.district.name})` }));
  return [];
}

/**
 * "Tạo tài khoản": an account of a role the user outranks, in a unit they manage. The one-time
 * password is shown once; the new user must change it at first sign-in.
 */
export function AccountDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const actor = useActor();
  const roleOptions = [...roles].reverse().filter((role) => outranks(actor, role));
  const [values, setValues] = useState<AccountValues>({
    role: roleOptions[0] ?? 'teacher',
    username: '',
    fullName: '',
    email: '',
    unitId: '',
  });
  const [schoolSearch, setSchoolSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(schoolSearch, 300);
  const kind = unitKindOf(values.role);
  // A school admin's accounts go into their own school.
  const fixedSchool = kind === 'school' && actor.schoolId ? actor.schoolId : null;
  const unitOptions = useUnitOptions(kind, debouncedSearch);
  const unitId = fixedSchool ?? values.unitId;
  const set = (field: keyof AccountValues) => (value: string | null) =>
    setValues((prev) => ({ ...prev, [field]: value ?? '', ...(field === 'role' ? { unitId: '' } : {}) }));

  const create = useOrgMutation((v: AccountValues & { unitId: string }) =>
    api.call(endpoints.orgManagement.createUser, {
      body: {
        role: v.role,
        username: v.username,
        fullName: v.fullName,
        ...(v.email ? { email: v.email } : {}),
        ...(kind === 'school' ? { schoolId: v.unitId } : {}),
        ...(kind === 'district' ? { districtId: v.unitId } : {}),
        ...(kind === 'province' ? { provinceId: v.unitId } : {}),
      },
    }),
  );

  function submit() {
    create.mutate({
      ...values,
      username: values.username.trim().toLowerCase(),
      fullName: values.fullName.trim(),
      email: values.email.trim(),
      unitId,
    });
  }

  if (create.data)
    return (
      <Modal
        opened
        onClose={onClose}
        title={t('orgAdmin.created', { username: create.data.user.username })}
        centered
      >
        <Stack gap="md">
          <OneTimePassword password={create.data.temporaryPassword} notice={t('orgAdmin.createdOnce')} />
          <Button onClick={onClose} style={{ alignSelf: 'flex-end' }}>
            {t('common.close')}
          </Button>
        </Stack>
      </Modal>
    );

  return (
    <DialogForm onClose={onClose} title={t('orgAdmin.newAccount')} centered gap="md" onSubmit={submit}>
      {create.isError && <ErrorAlert error={create.error} />}
      <Select
        label={t('orgAdmin.accountRole')}
        data={roleOptions.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        value={values.role}
        onChange={set('role')}
        allowDeselect={false}
        required
      />
      {kind && !fixedSchool && (
        <Select
          label={t('orgAdmin.accountUnit')}
          data={unitOptions}
          value={values.unitId || null}
          onChange={set('unitId')}
          searchable
          onSearchChange={kind === 'school' ? setSchoolSearch : undefined}
          nothingFoundMessage={t('common.noData')}
          required
        />
      )}
      <TextInput
        label={t('users.username')}
        description={t('orgAdmin.usernameHint')}
        value={values.username}
        onChange={(event) => set('username')(event.currentTarget.value)}
        required
        maxLength={64}
        autoCapitalize="none"
        autoComplete="off"
      />
      <TextInput
        label={t('users.fullName')}
        value={values.fullName}
        onChange={(event) => set('fullName')(event.currentTarget.value)}
        required
        minLength={2}
        maxLength={120}
      />
      <TextInput
        label={t('orgAdmin.email')}
        type="email"
        value={values.email}
        onChange={(event) => set('email')(event.currentTarget.value)}
        maxLength={200}
      />
      <FormButtons
        onCancel={onClose}
        saving={create.isPending}
        disabled={
          values.username.trim().length < 3 || values.fullName.trim().length < 2 || (!!kind && !unitId)
        }
      />
    </DialogForm>
  );
}
