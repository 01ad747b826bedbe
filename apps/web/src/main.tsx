import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { createApiClient } from './api/api-client';
import { App } from './app/app';
import { initI18n, loadMessages, storedLanguage } from './i18n/language';

// zod probes `new Function` once to decide whether to compile parsers; under our CSP (no eval) the
// probe fails harmlessly but is reported as a violation on every page. Say up front not to try.
z.config({ jitless: true });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Only the language in use is downloaded (Vietnamese is in the main bundle, English on demand).
const language = storedLanguage();
void loadMessages(language).then((messages) =>
  createRoot(root).render(
    <StrictMode>
      <App api={createApiClient()} i18n={initI18n(language, { [language]: messages })} />
    </StrictMode>,
  ),
);
