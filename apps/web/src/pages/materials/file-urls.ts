import { endpoints } from '@hoclieu/contracts';
import { useApi } from '../../app/api-context';

/** Addresses the browser loads itself: inline (with Range, for seeking) or as a download. */
export function useFileUrls(materialId: string) {
  const api = useApi();
  return {
    view: (fileId: string) => api.url(endpoints.materials.fileContent, { params: { materialId, fileId } }),
    download: (fileId: string) =>
      api.url(endpoints.materials.fileContent, { params: { materialId, fileId }, query: { download: '1' } }),
  };
}
