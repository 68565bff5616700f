// The dunning policy in force: a settings value, loaded once and saved from Settings. Kept apart from
// the book (it is not a record: no undo, not in a change set), like the company profile.
import { DEFAULT_DUNNING_POLICY } from '../../domain/collections/policy';
import type { DunningPolicy } from '../../domain/collections/types';
import { app } from '../state/app.svelte';

const KEY = 'dunningPolicy';

class CollectionsPolicy {
  policy = $state<DunningPolicy>(structuredClone(DEFAULT_DUNNING_POLICY) as DunningPolicy);
  private loaded = false;

  /** Reads the stored policy once (missing fields take the defaults, so older settings still load). */
  async load(): Promise<void> {
    if (this.loaded) return;
    this.loaded = true;
    const stored = await app.setting<Partial<DunningPolicy> | null>(KEY, null);
    if (stored) this.policy = { ...structuredClone(DEFAULT_DUNNING_POLICY), ...stored } as DunningPolicy;
  }

  async save(policy: DunningPolicy): Promise<void> {
    await app.saveSetting(KEY, policy);
    this.policy = policy;
  }
}

export const collectionsPolicy = new CollectionsPolicy();
