import { describe, expect, it } from 'vitest';
import { rowProblem } from '../../src/db/records';
import { copyRateTables } from '../../src/domain/rates/index';

describe('stored settings', () => {
  it('accepts every shipped rate table as the user saves it, so an edit is never set aside at load', () => {
    const edited = copyRateTables();
    edited.ecb.rows.push({ from: '2027-01-01', ratePercent: 2.9 });
    expect(rowProblem('settings', { key: 'rateTables', value: edited })).toBeNull();
  });

  it('refuses a setting keyed by the name of an object’s prototype, which a hostile backup could carry', () => {
    for (const key of ['__proto__', 'constructor', 'prototype'])
      expect(rowProblem('settings', JSON.parse(`{"key":"${key}","value":{"run":1}}`))).toEqual({
        field: 'key',
        problem: 'choice',
      });
  });
});
