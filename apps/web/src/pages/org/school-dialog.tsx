import { endpoints, type SchoolSummary } from '@hoclieu/contracts';
import { can, schoolKinds } from '@hoclieu/domain';
import { Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { useApi } from '../../app/api-context';
import { MutationDialog } from '../../components/mutation-dialog';
import { useActor } from '../../session/session-context';
import { useOrgMutation } from './use-org-mutation';

interface SchoolValues {
  code: string;
  name: string;
  kind: string;
  address: string;
  districtId: string;
}

const kindOptions = Object.keys(schoolKinds);

/**
 * Add a school, or edit one (name, type, address, and for province officers its district office in
 * the same province). The levels follow the type, as the domain's school kinds say.
 */
export function SchoolDialog({ school, onClose }: { school?: SchoolSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const actor = useActor();
  const detail = useApiQuery(
    endpoints.org.getSchool,
    { params: { schoolId: school?.id ?? '' } },
    { enabled: !!school },
  );
  const districts = useApiQuery(endpoints.org.listDistricts, {});
  const [values, setValues] = useState<SchoolValues>({
    code: '',
    name: school?.name ?? '',
    kind: school?.kind ?? 'THCS',
    address: '',
    districtId: school?.district.id ?? actor.districtId ?? '',
  });
  const [addressTouched, setAddressTouched] = useState(false);
  const address = addressTouched ? values.address : (detail.data?.address ?? '');
  const set = (field: keyof SchoolValues) => (value: string | null) =>
    setValues((prev) => ({ ...prev, [field]: value ?? '' }));

  const save = useOrgMutation((v: SchoolValues) =>
    school
      ? api.call(endpoints.orgManagement.updateSchool, {
          params: { schoolId: school.id },
          body: {
            name: v.name,
            kind: v.kind,
            ...(addressTouched ? { address: v.address || null } : {}),
            ...(v.districtId !== school.district.id ? { districtId: v.districtId } : {}),
          },
        })
      : api.call(endpoints.orgManagement.createSchool, {
          body: {
            code: v.code,
            name: v.name,
            kind: v.kind,
            districtId: v.districtId,
            ...(v.address ? { address: v.address } : {}),
          },
        }),
  );

  // Where the school can go: the active districts the user manages schools in (same province on a move).
  const current = districts.data?.items.find((d) => d.id === school?.district.id);
  const districtOptions = (districts.data?.items ?? [])
    .filter((d) => d.active || d.id === school?.district.id)
    .filter((d) => !current || d.province.id === current.province.id)
    .filter((d) => can(actor, 'school.manage', { provinceId: d.province.id, districtId: d.id }))
    .map((d) => ({ value: d.id, label: d.name }));

  const incomplete = values.name.trim().length < 2 || !values.districtId || (!school && !values.code.trim());

  return (
    <MutationDialog
      title={school ? t('orgAdmin.editSchool') : t('orgAdmin.newSchool')}
      mutation={save}
      save={() =>
        save.mutateAsync({
          ...values,
          code: values.code.trim(),
          name: values.name.trim(),
          address: address.trim(),
        })
      }
      onClose={onClose}
      submit={{ disabled: incomplete }}
    >
      {!school && (
        <TextInput
          label={t('school.code')}
          description={t('orgAdmin.codeHint')}
          value={values.code}
          onChange={(event) => set('code')(event.currentTarget.value)}
          required
          maxLength={40}
          data-autofocus
        />
      )}
      <TextInput
        label={t('school.name')}
        value={values.name}
        onChange={(event) => set('name')(event.currentTarget.value)}
        required
        minLength={2}
        maxLength={200}
      />
      <Select
        label={t('orgAdmin.schoolKind')}
        data={kindOptions}
        value={values.kind}
        onChange={set('kind')}
        allowDeselect={false}
        required
      />
      <Select
        label={t('orgAdmin.schoolDistrict')}
        description={school ? t('orgAdmin.moveHint') : undefined}
        data={districtOptions}
        value={values.districtId || null}
        onChange={set('districtId')}
        disabled={districtOptions.length <= 1}
        allowDeselect={false}
        required
      />
      <TextInput
        label={t('orgAdmin.address')}
        value={address}
        onChange={(event) => {
          setAddressTouched(true);
          set('address')(event.currentTarget.value);
        }}
        maxLength={300}
      />
    </MutationDialog>
  );
}
