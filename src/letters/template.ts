// Templates with placeholders: `{customer.name}` is replaced by text; a paragraph that is only
// `{invoices}` (or another block name) becomes a table or block. An unknown placeholder, or a block
// used inside a sentence, is an error with a code, so the editor can show it while the user types.
import type { LetterTemplate } from './lang/types';

export const INLINE_PLACEHOLDERS = [
  'customer.name',
  'customer.address',
  'company.name',
  'company.address',
  'company.email',
  'company.phone',
  'company.iban',
  'company.bic',
  'date',
  'deadline',
  'deadline_days',
  'total_due',
  'total_open',
  'interest_total',
  'compensation_total',
  'fees_total',
  'invoice_numbers',
  'invoice_count',
  'oldest_due',
  'reference',
  'sending_method',
  'tracking',
  'law',
  'law_reason',
  'legal_basis',
  'next_step',
  'settlement_amount',
  'settlement_deadline',
  'discount_percent',
  'discount_amount',
  'discounted_total',
  'discount_deadline',
  'instalment_count',
  'plan_total',
  'plan_interest',
  'plan_interest_rate',
] as const;

export const BLOCK_PLACEHOLDERS = [
  'invoices',
  'totals',
  'interest_table',
  'payment',
  'schedule',
  'aging',
  'signature',
  'signatures',
  'protocol',
] as const;

export type InlinePlaceholder = (typeof INLINE_PLACEHOLDERS)[number];
export type BlockPlaceholder = (typeof BLOCK_PLACEHOLDERS)[number];

const INLINE = new Set<string>(INLINE_PLACEHOLDERS);
const BLOCKS = new Set<string>(BLOCK_PLACEHOLDERS);

export type TemplateError =
  | { code: 'letters.template.unknown'; params: { name: string; field: 'subject' | 'body'; line: number } }
  | {
      code: 'letters.template.block-inline';
      params: { name: string; field: 'subject' | 'body'; line: number };
    }
  | { code: 'letters.template.unclosed'; params: { field: 'subject' | 'body'; line: number } };

export type TemplatePiece = { kind: 'text'; text: string } | { kind: 'block'; name: BlockPlaceholder };

const TOKEN = /\{([^{}\n]*)\}/g;

function paragraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

function blockName(paragraph: string): BlockPlaceholder | null {
  const m = /^\{([a-z_.]+)\}$/.exec(paragraph);
  return m && BLOCKS.has(m[1] as string) ? (m[1] as BlockPlaceholder) : null;
}

function checkText(text: string, field: 'subject' | 'body', firstLine: number, out: TemplateError[]): void {
  const lines = text.split('\n');
  lines.forEach((line, k) => {
    const at = firstLine + k;
    for (const m of line.matchAll(TOKEN)) {
      const name = (m[1] ?? '').trim();
      if (BLOCKS.has(name))
        out.push({ code: 'letters.template.block-inline', params: { name, field, line: at } });
      else if (!INLINE.has(name))
        out.push({ code: 'letters.template.unknown', params: { name, field, line: at } });
    }
    const rest = line.replace(TOKEN, '');
    if (rest.includes('{') || rest.includes('}'))
      out.push({ code: 'letters.template.unclosed', params: { field, line: at } });
  });
}

/** Every problem of a template, with its line (1-based, within the subject or the body). */
export function templateErrors(template: LetterTemplate): TemplateError[] {
  const out: TemplateError[] = [];
  checkText(template.subject, 'subject', 1, out);
  const lines = template.body.replace(/\r\n?/g, '\n').split('\n');
  let start = 0;
  // Check paragraph by paragraph so a block alone on its paragraph is allowed.
  for (let i = 0; i <= lines.length; i++) {
    if (i === lines.length || (lines[i] ?? '').trim() === '') {
      const text = lines.slice(start, i).join('\n').trim();
      if (text !== '' && blockName(text) === null)
        checkText(lines.slice(start, i).join('\n'), 'body', start + 1, out);
      start = i + 1;
    }
  }
  return out;
}

function fill(text: string, values: Record<InlinePlaceholder, string>): string {
  return text.replace(TOKEN, (whole, name: string) => {
    const key = name.trim();
    if (!INLINE.has(key)) throw new Error(`letters: template placeholder {${key}} is not known`);
    return values[key as InlinePlaceholder];
  });
}

/** The subject and the body pieces with every inline placeholder filled. Throws on an invalid
 * template: callers check it with `templateErrors` first (the editor does). */
export function fillTemplate(
  template: LetterTemplate,
  values: Record<InlinePlaceholder, string>,
): { subject: string; pieces: TemplatePiece[] } {
  const errors = templateErrors(template);
  if (errors.length > 0) throw new Error(`letters: invalid template (${errors[0]?.code})`);
  const pieces: TemplatePiece[] = paragraphs(template.body).map((p) => {
    const block = blockName(p);
    return block ? { kind: 'block', name: block } : { kind: 'text', text: fill(p, values) };
  });
  return { subject: fill(template.subject.trim(), values), pieces };
}
