import { endpoints, type MaterialDetail } from '@hoclieu/contracts';
import { endpointKey } from '../../api/use-api-query';
import { useIndexedChange } from '../../api/use-indexed-change';

const detailKey = (detail: MaterialDetail) =>
  endpointKey(endpoints.materials.get, { params: { materialId: detail.id } });
const listKeys = [endpointKey(endpoints.materials.search), endpointKey(endpoints.materials.reviewQueue)];

/** After a change to a material: show the new detail at once and refresh every list that may hold it. */
export const useMaterialChanged = () => useIndexedChange(detailKey, listKeys);
