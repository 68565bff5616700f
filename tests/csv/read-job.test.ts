import { describe, expect, it } from 'vitest';
import { runReadJob } from '../../src/csv/read-job';
import type { WorkerReply } from '../../src/csv/worker-protocol';

describe('the read job (worker or page)', () => {
  it('posts the format, the rows in chunks with their lines and a growing count, then the mapping', () => {
    const header = 'Invoice no;Customer;Invoice date;Due date;Amount;Currency\n';
    const body = Array.from(
      { length: 45_000 },
      (_, i) =>
        `F-${i};Cliente ${i % 50};15/01/2026;14/02/2026;1.234,${String(i % 100).padStart(2, '0')};EUR`,
    ).join('\n');
    const bytes = new TextEncoder().encode(header + body + '\nTotale;;;;55.530.000,00;\n');
    const replies: WorkerReply[] = [];
    runReadJob({ bytes: bytes.buffer }, (m) => replies.push(m));
    expect(replies[0]).toMatchObject({
      type: 'format',
      format: { delimiter: ';', decimalSeparator: ',', dateFormat: 'dd/mm/yyyy' },
    });
    const chunks = replies.filter((r) => r.type === 'rows');
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.flatMap((c) => c.lines)).toEqual(Array.from({ length: 45_000 }, (_, i) => i + 2));
    expect(chunks.map((c) => c.done)).toEqual([...chunks.map((c) => c.done)].sort((a, b) => a - b));
    expect(chunks.at(-1)).toMatchObject({ done: 45_000, total: 45_000 });
    const done = replies.at(-1);
    expect(done).toMatchObject({ type: 'done', skipped: 1, errors: [], mapping: { kind: 'invoices' } });
    expect(done?.type === 'done' && done.mapping.fields).toMatchObject({
      invoiceNumber: 0,
      customer: 1,
      amount: 4,
    });
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
});
