import type { ReactNode } from 'react';
import type { ApiClient } from '../api/api-client';
import { requiredContext } from './required-context';

const apiContext = requiredContext<ApiClient>('useApi must be used inside <ApiProvider>');

export function ApiProvider({ api, children }: { api: ApiClient; children: ReactNode }) {
  return <apiContext.Provider value={api}>{children}</apiContext.Provider>;
}

export const useApi: () => ApiClient = apiContext.useRequired;
