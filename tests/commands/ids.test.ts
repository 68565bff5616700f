import { describe, expect, it } from 'vitest';
import { newId, pooledIds } from '../../src/commands/ids';

describe('record ids', () => {
  it('pooled ids have the prefix and 24 hex digits, all distinct, past several refills of the pool', () => {
    const next = pooledIds();
    const ids = new Set<string>();
    for (let i = 0; i < 30_000; i++) {
      const prefix = i % 3 === 0 ? 'inv' : i % 3 === 1 ? 'cus' : '';
      const id = next(prefix);
      expect(id).toMatch(new RegExp(`^${prefix}[0-9a-f]{24}$`));
      ids.add(id);
    }
    expect(ids.size).toBe(30_000);
  });

  it('pooled ids look like the ids commands mint one at a time', () => {
    expect(pooledIds()('pay').length).toBe(newId('pay').length);
    expect(newId('pay')).toMatch(/^pay[0-9a-f]{24}$/);
  });
});
