// Counts in each language's own grammar: Italian "1 riga / 2 righe", French singular for 0 and 1,
// Romanian "1 rând / 2 rânduri / 20 de rânduri". Expected words are written by hand.
import { afterEach, describe, expect, it } from 'vitest';
import { plural, say, useLanguage } from '../../src/i18n';

afterEach(async () => {
  await useLanguage('en', 'GB');
});

describe('plural', () => {
  it('takes the singular for one row only, in English and Italian', async () => {
    expect(plural(1, 'grid.rows.many')).toBe('1 row');
    expect(plural(0, 'grid.rows.many')).toBe('0 rows');
    expect(plural(1200, 'grid.rows.many')).toBe('1,200 rows');
    await useLanguage('it', 'IT');
    expect(plural(1, 'grid.rows.many')).toBe('1 riga');
    expect(plural(2, 'grid.rows.many')).toBe('2 righe');
    expect(plural(1, 'import.write')).toBe('Importa 1 riga');
    expect(plural(1, 'status.invoices')).toBe('1 fattura');
    expect(plural(1, 'grid.selected')).toBe('1 selezionata');
    expect(plural(3, 'grid.selected')).toBe('3 selezionate');
    expect(plural(1, 'import.counts.new')).toBe('1 nuova');
    expect(plural(2, 'import.counts.same')).toBe('2 già presenti');
  });

  it('reads 0 as singular in French', async () => {
    await useLanguage('fr', 'FR');
    expect(plural(0, 'grid.rows.many')).toBe('0 ligne');
    expect(plural(1, 'export.download')).toBe('Télécharger 1 ligne');
    expect(plural(0, 'export.download')).toBe('Télécharger 0 ligne');
    expect(plural(2, 'status.customers')).toBe('2 clients');
  });

  it('puts "de" before the noun from 20 on in Romanian, not from 2 to 19 or 101 to 119', async () => {
    await useLanguage('ro', 'RO');
    expect(plural(1, 'grid.rows.many')).toBe('1 rând');
    expect(plural(2, 'grid.rows.many')).toBe('2 rânduri');
    expect(plural(19, 'grid.rows.many')).toBe('19 rânduri');
    expect(plural(20, 'grid.rows.many')).toBe('20 de rânduri');
    expect(plural(100, 'status.invoices')).toBe('100 de facturi');
    expect(plural(105, 'status.invoices')).toBe('105 facturi');
    expect(plural(1500, 'status.invoices')).toBe('1.500 de facturi');
    expect(plural(25, 'grid.filtered.many', { shown: '3' })).toBe('3 din 25 de rânduri');
    expect(plural(1, 'letters.done')).toBe('1 scrisoare într-un PDF.');
  });

  it('keeps the other params of a sentence', async () => {
    await useLanguage('it', 'IT');
    expect(plural(1, 'export.wrote', { file: 'a.csv' })).toBe('1 riga scritta in a.csv.');
    expect(plural(4, 'export.wrote', { file: 'a.csv' })).toBe('4 righe scritte in a.csv.');
  });
});

describe('say', () => {
  it('picks the singular for a command message with a count', async () => {
    await useLanguage('it', 'IT');
    expect(say({ code: 'customers.kept', params: { count: 1 } })).toBe(
      '1 cliente ha ancora fatture ed è stato mantenuto.',
    );
    expect(say({ code: 'customers.kept', params: { count: 2 } })).toBe(
      '2 clienti hanno ancora fatture e sono stati mantenuti.',
    );
    await useLanguage('ro', 'RO');
    expect(say({ code: 'customers.kept', params: { count: 21 } })).toBe(
      '21 de clienți au încă facturi și au fost păstrați.',
    );
  });
});

describe('undo labels', () => {
  it('name one written-off invoice in the singular and twenty with "de" in Romanian', async () => {
    await useLanguage('it', 'IT');
    expect(say({ code: 'collections.undo.writeOff', params: { count: 1 } })).toBe('Stralciata 1 fattura');
    expect(say({ code: 'collections.undo.writeOff', params: { count: 3 } })).toBe('Stralciate 3 fatture');
    await useLanguage('ro', 'RO');
    expect(say({ code: 'letters.undo.made', params: { count: 20 } })).toBe('20 de scrisori pregătite');
    expect(say({ code: 'letters.undo.made', params: { count: 2 } })).toBe('2 scrisori pregătite');
  });
});
