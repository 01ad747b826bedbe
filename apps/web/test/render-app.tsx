import type { Language } from '@hoclieu/contracts';
import { createMemoryHistory } from '@tanstack/react-router';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createApiClient } from '../src/api/api-client';
import { App } from '../src/app/app';
import { createI18n } from '../src/i18n/i18n';

/** The real app at a URL, talking to a fake fetch. */
export function renderApp(url: string, fetch: typeof globalThis.fetch, language: Language = 'vi') {
  const history = createMemoryHistory({ initialEntries: [url] });
  return render(<App api={createApiClient({ fetch })} i18n={createI18n(language)} history={history} />);
}

/** The real app at a URL, as `renderApp`, with a user to act through it. */
export function openApp(url: string, fetch: typeof globalThis.fetch, language: Language = 'vi') {
  return { ...renderApp(url, fetch, language), user: userEvent.setup() };
}

/** The link called `name` in the app's main navigation, once the navigation shows. */
export async function mainNavLink(name: string) {
  const nav = await screen.findByRole('navigation', { name: 'Điều hướng chính' });
  return within(nav).getByRole('link', { name });
}
