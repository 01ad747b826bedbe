import { endpoints } from '@hoclieu/contracts';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/use-api-query';
import { PageHeader } from '../components/page-header';
import { QueryView } from '../components/query-view';
import { DistrictsTable } from './districts-table';

export function DistrictsPage() {
  const { t } = useTranslation();
  const districts = useApiQuery(endpoints.org.listDistricts, {});
  return (
    <>
      <PageHeader title={t('districts.title')} />
      <QueryView query={districts}>{(data) => <DistrictsTable districts={data.items} />}</QueryView>
    </>
  );
}
