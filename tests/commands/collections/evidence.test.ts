import { describe, expect, it } from 'vitest';
import { attachEvidence } from '../../../src/commands/collections/evidence';
import { logCollectionsContact } from '../../../src/commands/collections/contacts';
import { DEFAULT_DUNNING_POLICY } from '../../../src/domain/collections/policy';
import { contact, customer, invoice } from '../../domain/collections/book';
import { ctxAt, snapshotOf } from '../helpers';

const cadence = DEFAULT_DUNNING_POLICY.cadence;
const call = contact('call-1', 'c', '2026-03-10', 'call', { time: '10:00' });
const book = snapshotOf({
  customers: [customer('c')],
  invoices: [invoice('i1', 'c', '2026-01-01', '2026-01-31', 100_000)],
  activities: [call],
});
const receipt = (bytes = 3) => {
  const data = new Blob([new Uint8Array(bytes).fill(7)], { type: 'image/jpeg' });
  return { name: 'ricevuta raccomandata.jpg', type: 'image/jpeg', size: data.size, data };
};
// 10 MB is 10 × 1024 × 1024 bytes.
const LIMIT = 10_485_760;

describe('attaching evidence to a contact-log entry', () => {
  it('adds a file record pointing to the entry, and leaves the entry itself as it was', () => {
    const file = receipt();
    const r = attachEvidence(book, { activityId: 'call-1', files: [file] }, ctxAt('2026-03-12'));
    expect(r.errors).toEqual([]);
    expect(r.change.activities).toBeUndefined();
    expect(r.change.evidence?.put).toEqual([
      {
        id: 'evd1',
        activityId: 'call-1',
        customerId: 'c',
        name: 'ricevuta raccomandata.jpg',
        type: 'image/jpeg',
        size: 3,
        addedOn: '2026-03-12',
        data: file.data,
      },
    ]);
  });

  it('takes a file of exactly 10 MB and refuses one byte more, naming the file', () => {
    const ok = attachEvidence(book, { activityId: 'call-1', files: [receipt(LIMIT)] }, ctxAt('2026-03-12'));
    expect(ok.errors).toEqual([]);
    const big = { ...receipt(LIMIT + 1), name: 'video.mp4' };
    const r = attachEvidence(book, { activityId: 'call-1', files: [receipt(), big] }, ctxAt('2026-03-12'));
    expect(r.change).toEqual({});
    expect(r.errors).toEqual([
      { error: { code: 'evidence.error.tooLarge', params: { name: 'video.mp4', limit: 10 } } },
    ]);
  });

  it('refuses an entry that does not exist, and an empty choice', () => {
    expect(
      attachEvidence(book, { activityId: 'nope', files: [receipt()] }, ctxAt('2026-03-12')).errors,
    ).toEqual([{ error: { code: 'evidence.error.entry' } }]);
    expect(attachEvidence(book, { activityId: 'call-1', files: [] }, ctxAt('2026-03-12')).errors).toEqual([
      { error: { code: 'evidence.error.none' } },
    ]);
  });

  it('keeps only the last part of a name that carries a path', () => {
    const r = attachEvidence(
      book,
      { activityId: 'call-1', files: [{ ...receipt(), name: 'C:\\scans\\bolla.pdf' }] },
      ctxAt('2026-03-12'),
    );
    expect(r.change.evidence?.put?.[0]?.name).toBe('bolla.pdf');
  });
});

describe('logging a contact with evidence', () => {
  it('writes the entry and its files in one change, the files pointing to the new entry', () => {
    const r = logCollectionsContact(
      book,
      {
        customerId: 'c',
        kind: 'email',
        mode: 'record',
        date: '2026-03-11',
        cadence,
        files: [{ ...receipt(), name: 'sollecito.eml', type: 'message/rfc822' }],
      },
      ctxAt('2026-03-11'),
    );
    expect(r.errors).toEqual([]);
    const entry = r.change.activities?.put?.[0];
    expect(entry).toMatchObject({ kind: 'email', date: '2026-03-11' });
    expect(r.change.evidence?.put).toHaveLength(1);
    expect(r.change.evidence?.put?.[0]).toMatchObject({
      activityId: entry?.id,
      customerId: 'c',
      name: 'sollecito.eml',
      size: 3,
    });
  });

  it('writes nothing when a file is over the limit', () => {
    const r = logCollectionsContact(
      book,
      {
        customerId: 'c',
        kind: 'letter',
        mode: 'record',
        date: '2026-03-11',
        cadence,
        files: [receipt(LIMIT + 1)],
      },
      ctxAt('2026-03-11'),
    );
    expect(r.change).toEqual({});
    expect(r.errors[0]?.error.code).toBe('evidence.error.tooLarge');
  });
});
