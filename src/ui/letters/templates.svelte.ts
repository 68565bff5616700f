// The user's letter templates, stored in the settings table by `${kind}|${language}`; a kind and
// language without an entry uses the default wording.
import { getSetting, setSetting } from '../../db/settings';
import type { LetterTemplate } from '../../letters/lang/types';
import { app } from '../state/app.svelte';

const KEY = 'letterTemplates';

class LetterTemplates {
  overrides = $state<Record<string, LetterTemplate>>({});
  private loaded = false;

  async load(): Promise<void> {
    if (this.loaded) return;
    this.overrides = await getSetting<Record<string, LetterTemplate>>(app.book.db, KEY, {});
    this.loaded = true;
  }

  async save(key: string, template: LetterTemplate): Promise<void> {
    const next = { ...this.overrides, [key]: template };
    await setSetting(app.book.db, KEY, next);
    this.overrides = next;
  }

  async reset(key: string): Promise<void> {
    const next = { ...this.overrides };
    delete next[key];
    await setSetting(app.book.db, KEY, next);
    this.overrides = next;
  }
}

export const letterTemplates = new LetterTemplates();
