import { type districtSchema, endpoints } from '@hoclieu/contracts';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useApi } from '../app/api-context';
import { RowNameLink } from '../components/router-links';
import { UnitsTable } from './org/units-table';

type District = z.infer<typeof districtSchema>;

/**
 * District offices with their school counts; each links to the schools list filtered to it. With
 * `manage`, each row can be renamed and deactivated; deactivated ones are greyed.
 */
export function DistrictsTable({ districts, manage = false }: { districts: District[]; manage?: boolean }) {
  const { t } = useTranslation();
  const api = useApi();
  return (
    <UnitsTable
      units={districts}
      name={(district) => (
        <RowNameLink to="/truong" search={{ districtId: district.id }}>
          {district.name}
        </RowNameLink>
      )}
      columns={[
        { label: t('districts.province'), visibleFrom: 'sm', cell: (district) => district.province.name },
        { label: t('districts.schoolCount'), ta: 'right', cell: (district) => district.schoolCount },
      ]}
      manage={
        manage
          ? {
              renameTitle: t('orgAdmin.renameDistrict'),
              change: (district, body) =>
                api.call(endpoints.orgManagement.updateDistrict, {
                  params: { districtId: district.id },
                  body,
                }),
            }
          : undefined
      }
    />
  );
}
