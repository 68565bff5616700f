// The user's letter templates, stored in the settings table by `${kind}|${language}`; a kind and
// language without an entry uses the default wording.
import type { LetterTemplate } from '../../letters/lang/types';
import { app } from '../state/app.svelte';

const KEY = 'letterTemplates';

class LetterTemplates {
  overrides = $state<Record<string, LetterTemplate>>({});
  private loaded = false;

  async load(): Promise<void> {
    if (this.loaded) return;
    this.overrides = await app.setting<Record<string, LetterTemplate>>(KEY, {});
    this.loaded = true;
  }

  async save(key: string, template: LetterTemplate): Promise<void> {
    const next = { ...this.overrides, [key]: template };
    await app.saveSetting(KEY, next);
    this.overrides = next;
  }

  async reset(key: string): Promise<void> {
    const next = { ...this.overrides };
    delete next[key];
    await app.saveSetting(KEY, next);
    this.overrides = next;
  }
}

export const letterTemplates = new LetterTemplates();
