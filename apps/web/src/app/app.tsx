import { MantineProvider } from '@mantine/core';
import { useNotifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { type RouterHistory, RouterProvider } from '@tanstack/react-router';
import type { i18n } from 'i18next';
import { lazy, type ReactNode, Suspense, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { ApiClient } from '../api/api-client';
import { ApiProvider } from './api-context';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';
import { cssVariablesResolver, localizedTheme } from './theme';

/** The toasts' container (and its transitions) is downloaded with the first toast, not with every page. */
const NotificationsContainer = lazy(() =>
  import('./notifications-container').then((module) => ({ default: module.NotificationsContainer })),
);

function DeferredNotifications() {
  const { notifications, queue } = useNotifications();
  const [needed, setNeeded] = useState(false);
  if (!needed && notifications.length + queue.length > 0) setNeeded(true);
  if (!needed) return null;
  return (
    <Suspense fallback={null}>
      <NotificationsContainer />
    </Suspense>
  );
}

/** Mantine with the theme's words in the page's language (dialogs' close buttons), readable placeholders. */
function LocalizedMantineProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const closeLabel = t('common.close');
  const theme = useMemo(() => localizedTheme(closeLabel), [closeLabel]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      {children}
    </MantineProvider>
  );
}

interface AppProps {
  api: ApiClient;
  i18n: i18n;
  /** Tests pass a memory history; the browser app uses the default one. */
  history?: RouterHistory;
}

/** The whole app, with every dependency passed in (no module singletons): main.tsx and tests build it alike. */
export function App({ api, i18n, history }: AppProps) {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createAppRouter({ queryClient, api }, history));
  return (
    <I18nextProvider i18n={i18n}>
      <LocalizedMantineProvider>
        <DeferredNotifications />
        <QueryClientProvider client={queryClient}>
          <ApiProvider api={api}>
            <RouterProvider router={router} />
          </ApiProvider>
        </QueryClientProvider>
      </LocalizedMantineProvider>
    </I18nextProvider>
  );
}
