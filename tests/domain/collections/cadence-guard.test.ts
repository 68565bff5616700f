import { describe, expect, it } from 'vitest';
import { customerTimeZone, guardContact, localClock } from '../../../src/domain/collections/cadence-guard';
import { DEFAULT_DUNNING_POLICY } from '../../../src/domain/collections/policy';
import { contact } from './book';

const cadence = DEFAULT_DUNNING_POLICY.cadence;

describe('cadence guard (contacts about to be made)', () => {
  const history = [contact('a1', 'c', '2026-03-02', 'call'), contact('a2', 'c', '2026-03-04', 'note')];

  it('warns before a contact 3 days after a call, and says when the next one is allowed', () => {
    const r = guardContact(history, { kind: 'email', date: '2026-03-05' }, cadence);
    expect(r.warnings).toEqual([
      {
        code: 'collections.cadence.too-soon',
        params: { last: '2026-03-02', days: 3, min: 7, nextAllowed: '2026-03-09' },
      },
    ]);
    expect(guardContact(history, { kind: 'email', date: '2026-03-09' }, cadence).warnings).toEqual([]);
  });

  it('never counts the customer calling us, and never warns about notes, promises or disputes', () => {
    const incoming = [contact('a1', 'c', '2026-03-04', 'call', { direction: 'in' })];
    expect(guardContact(incoming, { kind: 'call', date: '2026-03-05' }, cadence).warnings).toEqual([]);
    expect(guardContact(history, { kind: 'promise', date: '2026-03-02' }, cadence).warnings).toEqual([]);
    expect(guardContact(history, { kind: 'dispute', date: '2026-03-02' }, cadence).warnings).toEqual([]);
  });

  it('reads the hour in the customer’s time zone: 19:30 UTC is 20:30 in Rome (too late), 14:30 in New York (fine)', () => {
    // 2026-03-05 is winter time: Rome UTC+1, New York UTC−5.
    const at = '2026-03-05T19:30:00Z';
    expect(localClock(at, 'Europe/Rome')).toBe('20:30');
    const rome = guardContact([], { kind: 'call', date: '2026-03-05', at, timeZone: 'Europe/Rome' }, cadence);
    expect(rome.warnings).toEqual([
      {
        code: 'collections.cadence.odd-hour',
        params: { time: '20:30', from: '08:00', to: '20:00', timeZone: 'Europe/Rome' },
      },
    ]);
    const ny = guardContact(
      [],
      { kind: 'call', date: '2026-03-05', at, timeZone: 'America/New_York' },
      cadence,
    );
    expect(ny.warnings).toEqual([]);
    // Letters have no calling hours.
    expect(
      guardContact([], { kind: 'letter', date: '2026-03-05', at, timeZone: 'Europe/Rome' }, cadence).warnings,
    ).toEqual([]);
  });

  it('warns beyond the monthly number of contacts', () => {
    const month = ['2026-03-01', '2026-03-08', '2026-03-15', '2026-03-22'].map((d, i) =>
      contact(`m${i}`, 'c', d, 'email'),
    );
    const r = guardContact(month, { kind: 'letter', date: '2026-03-30' }, cadence);
    expect(r.warnings).toEqual([{ code: 'collections.cadence.month-limit', params: { count: 4, max: 4 } }]);
    expect(guardContact(month, { kind: 'letter', date: '2026-04-01' }, cadence).warnings).toEqual([]);
  });

  it('takes the time zone from the customer, else from the country', () => {
    expect(customerTimeZone({ country: 'DK' })).toBe('Europe/Copenhagen');
    expect(customerTimeZone({ country: 'US', timeZone: 'America/Los_Angeles' })).toBe('America/Los_Angeles');
    expect(customerTimeZone({ country: 'ZZ' })).toBe('UTC');
  });
});
