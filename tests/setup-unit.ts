// Unit tests run in a non-UTC zone on purpose: plain-date code must not depend on the machine's zone.
process.env.TZ = 'America/St_Johns';

// The app loads its reason texts beside the book's opening (src/i18n/reasons/lazy.ts); the screens'
// helpers that the unit tests call use them the same way, once loaded.
import { loadReasons } from '../src/i18n/reasons/lazy';
await loadReasons();
