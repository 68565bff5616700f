import { describe, expect, it } from 'vitest';
import { packInvoices, unpackResult } from '../../src/csv/packed-result';
import { runReadJob } from '../../src/csv/read-job';
import { settingsKey, type WorkerReply } from '../../src/csv/worker-protocol';

describe('the read job (worker or page)', () => {
  it('posts the format, a growing count, then the mapping, and keeps every row with its line', () => {
    const header = 'Invoice no;Customer;Invoice date;Due date;Amount;Currency\n';
    const body = Array.from(
      { length: 45_000 },
      (_, i) =>
        `F-${i};Cliente ${i % 50};15/01/2026;14/02/2026;1.234,${String(i % 100).padStart(2, '0')};EUR`,
    ).join('\n');
    const bytes = new TextEncoder().encode(header + body + '\nTotale;;;;55.530.000,00;\n');
    const replies: WorkerReply[] = [];
    const job = runReadJob({ bytes: bytes.buffer }, (m) => replies.push(m));
    expect(replies[0]).toMatchObject({
      type: 'format',
      format: { delimiter: ';', decimalSeparator: ',', dateFormat: 'dd/mm/yyyy' },
    });
    const progress = replies.flatMap((r) => (r.type === 'progress' ? [r] : []));
    expect(progress.length).toBeGreaterThan(1);
    expect(job.table.lines).toEqual(Array.from({ length: 45_000 }, (_, i) => i + 2));
    expect(job.table.rows[44_999]).toEqual([
      'F-44999',
      'Cliente 49',
      '15/01/2026',
      '14/02/2026',
      '1.234,99',
      'EUR',
    ]);
    expect(progress.map((c) => c.done)).toEqual([...progress.map((c) => c.done)].sort((a, b) => a - b));
    expect(progress.at(-1)).toMatchObject({ done: 45_000, total: 45_000 });
    const done = replies.at(-1);
    expect(done).toMatchObject({
      type: 'done',
      skipped: 1,
      errors: [],
      rowCount: 45_000,
      mapping: { kind: 'invoices' },
    });
    expect(done?.type === 'done' && done.mapping.fields).toMatchObject({
      invoiceNumber: 0,
      customer: 1,
      amount: 4,
    });
    // The mapping screen's sample values: each column's first three.
    expect(done?.type === 'done' && done.samples.slice(0, 2)).toEqual([
      ['F-0', 'F-1', 'F-2'],
      ['Cliente 0', 'Cliente 1', 'Cliente 2'],
    ]);
  });

  it('reports a failure as a message, never a throw', () => {
    const replies: WorkerReply[] = [];
    runReadJob({ bytes: new ArrayBuffer(0), format: { delimiter: 'x' } as never }, (m) => replies.push(m));
    expect(replies.at(-1)?.type).toBe('error');
  });

  it('settles the date order and the row count from the whole file when the head of it could not', () => {
    // 3,000 rows whose dates all read both ways, then one that only reads month-first, far past the sniffed head.
    const lines = ['Invoice,Customer,Date,Amount'];
    for (let i = 0; i < 3000; i++)
      lines.push(`A-${i},Customer ${i % 40},0${(i % 9) + 1}/0${(i % 9) + 1}/2024,${i}.50`);
    lines.push('B-1,Late Customer,03/25/2024,10.00');
    const replies: WorkerReply[] = [];
    runReadJob({ bytes: new TextEncoder().encode(lines.join('\n')).buffer }, (m) => replies.push(m));
    const formats = replies.flatMap((r) => (r.type === 'format' ? [r.format] : []));
    expect(formats[0]).toMatchObject({ dateAmbiguous: true, dataRowCountExact: false });
    expect(formats.at(-1)).toMatchObject({
      dateFormat: 'mm/dd/yyyy',
      dateAmbiguous: false,
      dataRowCount: 3001,
      dataRowCountExact: true,
    });
  });

  it('sends the records of the mapping it suggests unasked once the read is done, and gives them again when asked', () => {
    // Dates that read both ways until the last row settles them month-first: the records sent are the
    // ones made again month-first, not the day-first ones made while reading.
    const lines = ['Invoice,Customer,Date,Amount'];
    for (let i = 0; i < 3000; i++)
      lines.push(`A-${i},Customer ${i % 40},0${(i % 9) + 1}/1${i % 3}/2024,${i}.50`);
    lines.push('B-1,Late Customer,03/25/2024,10.00');
    const base = {
      onExisting: 'update' as const,
      defaultCurrency: 'EUR',
      defaultCountry: 'IT',
      today: '2026-12-01',
      batchId: 'imp-1',
    };
    const existing = { customers: [], invoices: packInvoices([]), bankLineKeys: new Set<string>() };
    const replies: WorkerReply[] = [];
    const job = runReadJob(
      { bytes: new TextEncoder().encode(lines.join('\n')).buffer, convert: { settings: base, existing } },
      (m) => replies.push(m),
    );
    const at = replies.findIndex((r) => r.type === 'done');
    const done = replies[at];
    if (done?.type !== 'done') throw new Error('no done');
    expect(done.recordsFollow).toBe(true);
    const settings = { ...base, kind: done.mapping.kind, fields: done.mapping.fields };
    const sent = replies.slice(at + 1).filter((r) => r.type === 'records');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ run: -1, key: settingsKey(settings) });
    const records = sent[0]?.type === 'records' ? unpackResult(sent[0].result) : null;
    expect(records?.invoices).toHaveLength(3001);
    // 01/10/2024 month-first is the 10th of January.
    expect(records?.invoices[0]).toMatchObject({ number: 'A-0', issueDate: '2024-01-10', amount: 50 });
    job.convert({ type: 'convert', run: 1, settings });
    const asked = replies.at(-1);
    expect(asked).toMatchObject({ type: 'records', run: 1 });
    expect(asked?.type === 'records' && unpackResult(asked.result)).toStrictEqual(records);
  });
});
