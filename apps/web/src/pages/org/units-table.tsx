import type { TableProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableColumn } from '../../components/column-table';
import { OrgUnitsTable } from './org-units-table';
import { UnitActions } from './unit-actions';

interface Unit {
  id: string;
  name: string;
  code: string;
  active: boolean;
}

interface UnitsTableProps<U extends Unit> extends Omit<TableProps, 'children'> {
  units: U[];
  /** The unit's name as the list shows it: a link to what it holds, or plain text. */
  name: (unit: U) => ReactNode;
  /** What the list shows of each unit after its name and code (its province, what it counts). */
  columns: TableColumn<U>[];
  /** For those who manage the units: renaming (the dialog's title) and (de)activating each one. */
  manage?: {
    renameTitle: string;
    change: (unit: U, body: { name?: string; active?: boolean }) => Promise<unknown>;
  };
}

/** Provinces or district offices, by name and code; deactivated ones are greyed and marked. */
export function UnitsTable<U extends Unit>({ units, name, columns, manage, ...table }: UnitsTableProps<U>) {
  const { t } = useTranslation();
  return (
    <OrgUnitsTable
      {...table}
      items={units}
      empty={t('common.noData')}
      name={{ label: t('orgAdmin.name'), cell: name }}
      columns={[
        { label: t('orgAdmin.code'), visibleFrom: 'sm', cell: (unit) => unit.code },
        ...columns,
        manage
          ? {
              label: t('orgAdmin.actions'),
              hidden: true,
              cell: (unit: U) => (
                <UnitActions
                  unit={unit}
                  renameTitle={manage.renameTitle}
                  change={(body) => manage.change(unit, body)}
                />
              ),
            }
          : false,
      ]}
    />
  );
}
