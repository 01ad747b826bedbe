import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { expect } from 'vitest';
import { createApiClient } from '../src/api/api-client';
import { ApiProvider } from '../src/app/api-context';
import { createQueryClient } from '../src/app/query-client';
import { createI18n } from '../src/i18n/i18n';
import { fakeFetch } from './fake-api';

/** One component with the app's providers (no router), talking to a fake fetch. */
export function renderComponent(ui: ReactNode, fetch = fakeFetch({}).fetch) {
  return render(
    <I18nextProvider i18n={createI18n('vi')}>
      <MantineProvider>
        <QueryClientProvider client={createQueryClient()}>
          <ApiProvider api={createApiClient({ fetch })}>{ui}</ApiProvider>
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
}

/** Each of `texts` is on the screen, as the whole text of one element. */
export function expectTexts(...texts: string[]) {
  for (const text of texts) expect(screen.getByText(text), text).toBeTruthy();
}
