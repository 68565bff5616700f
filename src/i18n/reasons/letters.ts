// Words for the template editor's codes (src/letters/template.ts), in every interface language.
import type { TemplateError } from '../../letters/template';
import type { LanguageTexts } from './types';

export type LettersReason = TemplateError;

const where = {
  en: { subject: 'subject', body: 'text' },
  it: { subject: 'oggetto', body: 'testo' },
  fr: { subject: 'objet', body: 'texte' },
  ro: { subject: 'subiect', body: 'text' },
  da: { subject: 'emne', body: 'tekst' },
  de: { subject: 'Betreff', body: 'Text' },
} as const;

export const lettersTexts: LanguageTexts<LettersReason> = {
  en: {
    'letters.template.unknown': (p) =>
      `Line ${p.line} of the ${where.en[p.field]}: unknown placeholder {${p.name}}.`,
    'letters.template.block-inline': (p) =>
      `Line ${p.line} of the ${where.en[p.field]}: {${p.name}} must stand alone in its own paragraph.`,
    'letters.template.unclosed': (p) => `Line ${p.line} of the ${where.en[p.field]}: a brace is not closed.`,
  },
  it: {
    'letters.template.unknown': (p) =>
      `Riga ${p.line} del ${where.it[p.field]}: segnaposto sconosciuto {${p.name}}.`,
    'letters.template.block-inline': (p) =>
      `Riga ${p.line} del ${where.it[p.field]}: {${p.name}} deve stare da solo in un paragrafo.`,
    'letters.template.unclosed': (p) =>
      `Riga ${p.line} del ${where.it[p.field]}: una parentesi graffa non è chiusa.`,
  },
  fr: {
    'letters.template.unknown': (p) =>
      `Ligne ${p.line} de l’${where.fr[p.field]} : variable inconnue {${p.name}}.`,
    'letters.template.block-inline': (p) =>
      `Ligne ${p.line} de l’${where.fr[p.field]} : {${p.name}} doit être seul dans son paragraphe.`,
    'letters.template.unclosed': (p) =>
      `Ligne ${p.line} de l’${where.fr[p.field]} : une accolade n’est pas fermée.`,
  },
  ro: {
    'letters.template.unknown': (p) =>
      `Rândul ${p.line} din ${where.ro[p.field]}: substituent necunoscut {${p.name}}.`,
    'letters.template.block-inline': (p) =>
      `Rândul ${p.line} din ${where.ro[p.field]}: {${p.name}} trebuie să stea singur într-un paragraf.`,
    'letters.template.unclosed': (p) =>
      `Rândul ${p.line} din ${where.ro[p.field]}: o acoladă nu este închisă.`,
  },
  da: {
    'letters.template.unknown': (p) =>
      `Linje ${p.line} i ${where.da[p.field]}: ukendt pladsholder {${p.name}}.`,
    'letters.template.block-inline': (p) =>
      `Linje ${p.line} i ${where.da[p.field]}: {${p.name}} skal stå alene i sit eget afsnit.`,
    'letters.template.unclosed': (p) =>
      `Linje ${p.line} i ${where.da[p.field]}: en krøllet parentes er ikke lukket.`,
  },
  de: {
    'letters.template.unknown': (p) =>
      `Zeile ${p.line} im ${where.de[p.field]}: unbekannter Platzhalter {${p.name}}.`,
    'letters.template.block-inline': (p) =>
      `Zeile ${p.line} im ${where.de[p.field]}: {${p.name}} muss allein in einem eigenen Absatz stehen.`,
    'letters.template.unclosed': (p) =>
      `Zeile ${p.line} im ${where.de[p.field]}: eine geschweifte Klammer ist nicht geschlossen.`,
  },
};
