// A new Italian bookkeeper's hostile files: each gets a message that says where and what, in Italian,
// and nothing is written. Expected texts are the Italian words a reader would look for.
import { afterEach, describe, expect, it } from 'vitest';
import { invoicesCounted, openApp, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const file = (name: string, text: string | Uint8Array) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text),
});
const count = (h: Harness) => invoicesCounted(h.page);

describe('hostile files in the import, in Italian', () => {
  it('an empty file says it is empty, shows no column mapping and writes nothing', async () => {
    h = await openApp('#/import', { locale: 'it-IT' });
    const { page } = h;
    await page.getByTestId('import-file').setInputFiles(file('vuoto.csv', ''));
    const session = page.getByTestId('import-session');
    await session.getByText(/file è vuoto/).waitFor();
    await expect(session.textContent()).resolves.toMatch(/Non è stato importato nulla/);
    await expect(session.getByText('Column 1').count()).resolves.toBe(0);
    await expect(session.getByRole('button', { name: /^Importa/ }).count()).resolves.toBe(0);
    expect(await count(h)).toBe(0);
  });

  it('a file with only its heading line says so, with the line, and its import button stays off', async () => {
    h = await openApp('#/import', { locale: 'it-IT' });
    const { page } = h;
    await page
      .getByTestId('import-file')
      .setInputFiles(file('solo-intestazione.csv', 'Numero fattura;Cliente;Data;Importo\n'));
    const session = page.getByTestId('import-session');
    const note = session.getByTestId('import-header-only');
    await note.waitFor();
    await expect(note.textContent()).resolves.toMatch(
      /solo la riga di intestazione \(1\).*Non verrà scritto nulla/,
    );
    await expect(session.getByRole('button', { name: /^Importa/ }).isDisabled()).resolves.toBe(true);
    expect(await count(h)).toBe(0);
  });

  it('a text in the amount column is named by line, column and value, and the file writes nothing', async () => {
    h = await openApp('#/import', { locale: 'it-IT' });
    const { page } = h;
    const csv =
      'Numero fattura;Cliente;Data;Scadenza;Importo\n' +
      '2026/1;Bianchi Srl;01/10/2026;31/10/2026;milleduecento\n' +
      '2026/2;Verdi Spa;02/10/2026;01/11/2026;1.250,00\n';
    await page.getByTestId('import-file').setInputFiles(file('importo-testo.csv', csv));
    const session = page.getByTestId('import-session');
    await session
      .getByText(/milleduecento/)
      .last()
      .waitFor();
    await expect(session.textContent()).resolves.toMatch(
      /riga 2, colonna 5 \(Importo\): Importo: "milleduecento" non è un importo/,
    );
    // The other row may go in only once the user asks to skip the bad one.
    await expect(session.getByRole('button', { name: /^Importa/ }).isDisabled()).resolves.toBe(true);
    expect(await count(h)).toBe(0);
  });

  it('an amount column it cannot recognise is named in Italian, not by its code', async () => {
    h = await openApp('#/import', { locale: 'it-IT' });
    const { page } = h;
    const csv = 'Numero fattura;Cliente;Data;Importo\n2026/1;Bianchi Srl;01/10/2026;milleduecento\n';
    await page.getByTestId('import-file').setInputFiles(file('una-riga.csv', csv));
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    await expect(errors.textContent()).resolves.toMatch(/riga 2: nessuna colonna è scelta per Importo/);
    await expect(errors.textContent()).resolves.not.toMatch(/\(amount\)/);
    expect(await count(h)).toBe(0);
  });

  it('a file whose rows are all drafts offers no "Importa 0 righe"; an import is dated the Italian way', async () => {
    h = await openApp('#/import', { locale: 'it-IT' });
    const { page } = h;
    const drafts =
      'Invoice Number,Customer Name,Invoice Date,Total,Invoice Status\nINV-1,Highlander,2026-01-28,10.00,Draft\n';
    await page.getByTestId('import-file').setInputFiles(file('bozze.csv', drafts));
    const session = page.getByTestId('import-session');
    await session.getByTestId('import-counts').waitFor();
    await expect(session.getByRole('button', { name: /^Importa/ }).isDisabled()).resolves.toBe(true);
    await session.getByRole('button', { name: 'Annulla' }).last().click();

    const good = 'Numero fattura;Cliente;Data;Importo\n2026/7;Verdi Spa;02/10/2026;1.250,00\n';
    await page.getByTestId('import-file').setInputFiles(file('buona.csv', good));
    const next = page.getByTestId('import-session').last();
    await next.getByRole('button', { name: 'Importa 1 riga' }).click();
    await page.getByRole('cell', { name: 'buona.csv' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'buona.csv' });
    // dd/mm/yyyy, hh:mm — never the stored "2026-10-02T…" text.
    await expect(row.textContent()).resolves.toMatch(/\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}/);
    await expect(row.textContent()).resolves.not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
