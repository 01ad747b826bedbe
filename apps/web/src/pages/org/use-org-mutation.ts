import { endpoints } from '@hoclieu/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { endpointKey } from '../../api/use-api-query';

/** A change to the organisation; on success every org list (provinces, districts, schools, accounts) reloads. */
export function useOrgMutation<TVariables, TData>(mutationFn: (variables: TVariables) => Promise<TData>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () =>
      Promise.all(
        [
          endpoints.orgManagement.listProvinces,
          endpoints.org.listDistricts,
          endpoints.org.listSchools,
          endpoints.org.listUsers,
        ].map((endpoint) => queryClient.invalidateQueries({ queryKey: endpointKey(endpoint) })),
      ),
  });
}
