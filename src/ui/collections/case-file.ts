// The case file for an escalation stage (issue #10, item 10): one zip with the summary sheet (the facts
// an order-for-payment or small-claims form asks for: parties, amounts, interest, dates, evidence), the
// statement of account, the interest per invoice, the contact log, the list of letters sent, the letters
// themselves as PDF (letters/) and the evidence files attached to the log (evidence/). In the interface
// language; the CSV files written as the grid's exports are (the export settings).
import { strToU8, zipSync } from 'fflate';
import { toCsv, type CsvExportOptions } from '../../csv/export';
import { nextLegalSteps, currentEscalation } from '../../domain/collections/escalation';
import type { Statement } from '../../domain/statement';
import type {
  Activity,
  CompanyProfile,
  Customer,
  Invoice,
  IsoDate,
  Jurisdiction,
  Letter,
} from '../../domain/types';
import { currentLocale, date, fileSize, money, t } from '../../i18n';
import { languageInText } from '../state/country-words';
import { statementCsv } from '../pages/statement-csv';
import { contactLogCsv } from './contact-log-csv';
import { say } from './say';

export interface CaseClaim {
  invoice: Invoice;
  open: number;
  daysLate: number;
  /** Late interest to the as-of date (null when it could not be computed). */
  interest: number | null;
}

export interface CaseFileInput {
  company: CompanyProfile;
  customer: Customer;
  asOf: IsoDate;
  claims: readonly CaseClaim[];
  statements: readonly Statement[];
  log: readonly Activity[];
  letters: readonly Letter[];
  law: Jurisdiction;
  crossBorder: boolean;
  /** The evidence files attached to the log, read (see case-file-assets.ts). */
  evidence?: readonly CaseFileDoc[];
  /** The letters sent, drawn again as PDF from their archived content. */
  letterPdfs?: readonly CaseFileDoc[];
  /** The customer's invoices by id, to name those the log and the letters are about by number. */
  invoices?: ReadonlyMap<string, Invoice>;
  /** How the CSV files are written (delimiter, decimal separator, BOM…); plain commas and points if not given. */
  csv?: CsvExportOptions;
}

const capitalised = (s: string, locale: string): string => s.charAt(0).toLocaleUpperCase(locale) + s.slice(1);

/** A file of the zip beside the sheets: its path inside the zip, its bytes, and what the summary says. */
export interface CaseFileDoc {
  path: string;
  bytes: Uint8Array;
  /** The log entry's or the letter's kind, in the interface language, and its date. */
  kind: string;
  date: IsoDate;
}

const FILES = ['summary.txt', 'statement.csv', 'interest.csv', 'contact-log.csv', 'letters.csv'];

export function caseFileSummary(input: CaseFileInput): string {
  const { company: co, customer: cu } = input;
  const lines: string[] = [t('case.title', { customer: cu.name, date: date(input.asOf) }), ''];
  lines.push(t('case.creditor'), `  ${co.name}`, `  ${co.address}`, `  ${co.taxId}`, '');
  lines.push(
    t('case.debtor'),
    `  ${cu.name}`,
    `  ${cu.address ?? ''}`,
    `  ${cu.taxId ?? ''} ${cu.country}`,
    '',
  );
  lines.push(t('case.claims'));
  const totals = new Map<string, { open: number; interest: number }>();
  for (const c of input.claims) {
    const cur = c.invoice.currency;
    lines.push(
      '  ' +
        t('case.claimLine', {
          number: c.invoice.number,
          issued: date(c.invoice.issueDate),
          due: date(c.invoice.dueDate),
          amount: money(c.invoice.amount, cur),
          open: money(c.open, cur),
          days: c.daysLate,
          interest: c.interest === null ? '—' : money(c.interest, cur),
        }),
    );
    const sum = totals.get(cur) ?? { open: 0, interest: 0 };
    sum.open += c.open;
    sum.interest += c.interest ?? 0;
    totals.set(cur, sum);
  }
  for (const [cur, s] of totals)
    lines.push(
      t('case.total', {
        open: money(s.open, cur),
        interest: money(s.interest, cur),
        total: money(s.open + s.interest, cur),
      }),
    );
  lines.push('', t('case.law', { law: input.law }));
  const stage = currentEscalation(cu);
  if (stage)
    lines.push(
      t('case.stage', { stage: say({ code: `collections.stage.${stage.stage}` }), date: date(stage.date) }),
    );
  lines.push('', t('case.evidence'));
  for (const f of FILES.slice(1)) lines.push(`  ${f}`);
  lines.push('  ' + t('case.logCount', { count: input.log.length, letters: input.letters.length }));
  if (input.letterPdfs?.length) {
    lines.push('', t('case.letterPdfs'));
    for (const d of input.letterPdfs)
      lines.push('  ' + t('case.letterLine', { file: d.path, kind: d.kind, date: date(d.date) }));
  }
  if (input.evidence?.length) {
    lines.push('', t('case.evidenceFiles'));
    for (const d of input.evidence)
      lines.push(
        '  ' +
          t('case.evidenceLine', {
            file: d.path,
            kind: d.kind,
            date: date(d.date),
            size: fileSize(d.bytes.length),
          }),
      );
  }
  lines.push('');
  lines.push(t('case.next'));
  for (const r of nextLegalSteps(stage?.stage ?? 'none', input.law, input.crossBorder))
    lines.push(`  ${say(r)}`);
  return lines.join('\n') + '\n';
}

/**
 * The zip's bytes. Its CSV files are in the interface language, written with `input.csv` (the grid's
 * export settings: a German or Danish Excel opens them in columns) or plain commas and points.
 */
export function caseFileZip(input: CaseFileInput): Uint8Array {
  const csv = input.csv ?? {};
  const numbers = new Map(input.claims.map((c) => [c.invoice.id, c.invoice]));
  for (const [id, inv] of input.invoices ?? []) numbers.set(id, inv);
  const statement = statementCsv(input.statements, csv);
  const interest = toCsv(
    [
      t('case.col.invoice'),
      t('case.col.due'),
      t('case.col.open'),
      t('case.col.days'),
      t('case.col.interest'),
      t('customer.statement.currency'),
    ],
    input.claims.map((c) => [
      c.invoice.number,
      { date: c.invoice.dueDate },
      { money: c.open, currency: c.invoice.currency },
      c.daysLate,
      c.interest === null ? null : { money: c.interest, currency: c.invoice.currency },
      c.invoice.currency,
    ]),
    csv,
  );
  // The same file as the contact log's own export: kinds, directions and steps in words, amounts in money.
  const log = contactLogCsv(input.log, numbers, input.customer.currency, csv);
  const locale = currentLocale();
  const letters = toCsv(
    [t('letters.col.date'), t('letters.col.letter'), t('letters.col.language'), t('contact.csv.invoices')],
    [...input.letters]
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((l) => [
        { date: l.date },
        t(`letters.kind.${l.kind}`),
        capitalised(languageInText(locale, l.language), locale),
        l.invoiceIds.map((id) => numbers.get(id)?.number ?? id).join(' '),
      ]),
    csv,
  );
  return zipSync({
    'summary.txt': strToU8(caseFileSummary(input)),
    'statement.csv': strToU8(statement),
    'interest.csv': strToU8(interest),
    'contact-log.csv': strToU8(log),
    'letters.csv': strToU8(letters),
    ...Object.fromEntries(
      [...(input.letterPdfs ?? []), ...(input.evidence ?? [])].map((d) => [d.path, d.bytes]),
    ),
  });
}
