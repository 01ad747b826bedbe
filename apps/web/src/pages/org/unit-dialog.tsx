import { Select, TextInput } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogForm } from '../../components/dialog-form';
import { ErrorAlert } from '../../components/error-alert';
import { FormButtons } from '../../components/form-buttons';

export interface UnitValues {
  code: string;
  name: string;
  /** The unit above (a new district's province), when `parents` is given. */
  parentId: string;
}

interface UnitDialogProps {
  title: string;
  /** A new unit asks for its code too; a rename only the name. */
  withCode: boolean;
  initialName?: string;
  /** Where a new unit goes, when the user holds more than one place for it. */
  parents?: { label: string; options: { value: string; label: string }[] };
  mutation: UseMutationResult<unknown, Error, UnitValues>;
  onClose: () => void;
}

/** Create or rename a province or a district office. */
export function UnitDialog({
  title,
  withCode,
  initialName = '',
  parents,
  mutation,
  onClose,
}: UnitDialogProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [name, setName] = useState(initialName);
  const [parentId, setParentId] = useState<string | null>(parents?.options[0]?.value ?? null);

  async function submit() {
    await mutation.mutateAsync({ code: code.trim(), name: name.trim(), parentId: parentId ?? '' });
    onClose();
  }

  return (
    <DialogForm
      onClose={onClose}
      title={title}
      centered
      gap="md"
      onSubmit={() => void submit().catch(() => undefined)}
    >
      {mutation.isError && <ErrorAlert error={mutation.error} />}
      {parents && (
        <Select
          label={parents.label}
          data={parents.options}
          value={parentId}
          onChange={setParentId}
          allowDeselect={false}
          required
        />
      )}
      {withCode && (
        <TextInput
          label={t('orgAdmin.code')}
          description={t('orgAdmin.codeHint')}
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          required
          maxLength={40}
          pattern="[A-Za-z0-9._\-]+"
          data-autofocus
        />
      )}
      <TextInput
        label={t('orgAdmin.name')}
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        required
        minLength={2}
        maxLength={200}
        data-autofocus={!withCode || undefined}
      />
      <FormButtons
        onCancel={onClose}
        saving={mutation.isPending}
        disabled={name.trim().length < 2 || (withCode && !code.trim()) || (!!parents && !parentId)}
      />
    </DialogForm>
  );
}
