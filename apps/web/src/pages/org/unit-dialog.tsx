import { Select, TextInput } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MutationDialog } from '../../components/mutation-dialog';
import { useTextFields } from '../../components/use-text-fields';

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
  const { values, bind } = useTextFields({ code: '', name: initialName });
  const [parentId, setParentId] = useState<string | null>(parents?.options[0]?.value ?? null);
  const code = values.code.trim();
  const name = values.name.trim();

  return (
    <MutationDialog
      title={title}
      mutation={mutation}
      save={() => mutation.mutateAsync({ code, name, parentId: parentId ?? '' })}
      onClose={onClose}
      submit={{ disabled: name.length < 2 || (withCode && !code) || (!!parents && !parentId) }}
    >
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
          {...bind('code')}
          required
          maxLength={40}
          pattern="[A-Za-z0-9._\-]+"
          data-autofocus
        />
      )}
      <TextInput
        label={t('orgAdmin.name')}
        {...bind('name')}
        required
        minLength={2}
        maxLength={200}
        data-autofocus={!withCode || undefined}
      />
    </MutationDialog>
  );
}
