import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/api-client';
import { App } from './app/app';
import { initI18n, loadMessages, storedLanguage } from './i18n/language';

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
