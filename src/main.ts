import { mount } from 'svelte';
import App from './App.svelte';
import { app } from './ui/state/app.svelte';
import { t } from './i18n';
import './ui/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('main: #app element missing from index.html');

// A failure nobody caught still reaches the user as a message, never as a page that silently stops.
function report(reason: unknown): void {
  const text = reason instanceof Error ? reason.message : String(reason);
  console.error(reason);
  app.toast('error', t('error.unexpected', { reason: text }));
}
window.addEventListener('unhandledrejection', (e) => report(e.reason));
window.addEventListener('error', (e) => report(e.error ?? e.message));

export default mount(App, { target });
