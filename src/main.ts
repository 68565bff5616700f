import { mount } from 'svelte';
import App from './App.svelte';
import { app } from './ui/state/app.svelte';
import { t } from './i18n';
import { reasonsLoaded, reasonText } from './i18n/reasons/lazy';
import { currentLanguage } from './i18n';
import { storageProblem } from './db/storage-errors';
import { offline } from './ui/state/offline.svelte';
import './ui/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('main: #app element missing from index.html');

// A failure nobody caught still reaches the user as a message, never as a page that silently stops.
function report(reason: unknown): void {
  console.error(reason);
  // A full disk is said in plain words with what to do, never as a raw QuotaExceededError.
  if (storageProblem(reason) === 'quota' && reasonsLoaded()) {
    app.toast('error', reasonText({ code: 'storage.quota' }, currentLanguage(), app.company.country));
    return;
  }
  const text = reason instanceof Error ? reason.message : String(reason);
  app.toast('error', t('error.unexpected', { reason: text }));
}
window.addEventListener('unhandledrejection', (e) => report(e.reason));
window.addEventListener('error', (e) => report(e.error ?? e.message));

// Only the built app has a service worker (the dev server, with hot reload, serves changing sources).
if (!import.meta.hot) offline.register();

export default mount(App, { target });
