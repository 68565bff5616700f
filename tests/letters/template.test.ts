// The template engine: every default template is valid; an unknown placeholder, a block inside a
// sentence or a lone brace is an error with a code and a line, for the editor.
import { describe, expect, test } from 'vitest';
import { LETTER_LANGUAGES } from '../../src/letters/lang/index';
import { fillTemplate, INLINE_PLACEHOLDERS, templateErrors } from '../../src/letters/template';
import { LETTER_KINDS } from '../../src/letters/types';

const values = Object.fromEntries(INLINE_PLACEHOLDERS.map((p) => [p, `<${p}>`])) as Parameters<
  typeof fillTemplate
>[1];

describe('templates', () => {
  test('every kind has a valid default template in all six languages', () => {
    for (const [language, lang] of Object.entries(LETTER_LANGUAGES))
      for (const kind of LETTER_KINDS) {
        const t = lang.templates[kind];
        expect(templateErrors(t), `${language} ${kind}`).toEqual([]);
        expect(t.body, `${language} ${kind}`).toContain('{invoices}');
      }
  });

  test('reminders say to disregard them if payment was already made', () => {
    const phrases = {
      en: /disregard/,
      it: /non (tenere|tenga) conto/,
      fr: /ne pas tenir compte/,
      ro: /nu luați în considerare/,
      da: /se bort fra/,
      de: /gegenstandslos/,
    };
    for (const [language, phrase] of Object.entries(phrases))
      for (const kind of ['reminder-1', 'reminder-2', 'final-notice'] as const)
        expect(LETTER_LANGUAGES[language as keyof typeof phrases].templates[kind].body).toMatch(phrase);
  });

  test('an unknown placeholder is reported with its name and line', () => {
    const errors = templateErrors({
      subject: 'Hello {customer.nmae}',
      body: 'Dear {customer.name},\n\nPay {totl_due}.',
    });
    expect(errors).toEqual([
      { code: 'letters.template.unknown', params: { name: 'customer.nmae', field: 'subject', line: 1 } },
      { code: 'letters.template.unknown', params: { name: 'totl_due', field: 'body', line: 3 } },
    ]);
  });

  test('a block inside a sentence, and an unclosed brace, are errors', () => {
    expect(templateErrors({ subject: 'S', body: 'See {invoices} below.' })[0]?.code).toBe(
      'letters.template.block-inline',
    );
    expect(templateErrors({ subject: 'S', body: 'Pay {total_due by Monday.' })[0]?.code).toBe(
      'letters.template.unclosed',
    );
  });

  test('filling: text placeholders replaced, a block alone on its paragraph becomes a block', () => {
    const filled = fillTemplate(
      { subject: 'Due: {total_due}', body: 'Dear {customer.name},\n\n{invoices}\n\nBy {deadline}.' },
      values,
    );
    expect(filled.subject).toBe('Due: <total_due>');
    expect(filled.pieces).toEqual([
      { kind: 'text', text: 'Dear <customer.name>,' },
      { kind: 'block', name: 'invoices' },
      { kind: 'text', text: 'By <deadline>.' },
    ]);
  });

  test('Romanian letters use ș ț with the comma below only', () => {
    const all = JSON.stringify(LETTER_LANGUAGES.ro);
    expect(all).toMatch(/[șț]/);
    expect(all).not.toMatch(/[şţŞŢ]/);
  });
});
