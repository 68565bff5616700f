// The tables and blocks a template can place (`{invoices}`, `{interest_table}`, `{payment}`…), built
// from a LetterInput in the letter's language. Numbers go through the language's formatter only.
import { jurisdictionRule } from '../domain/jurisdictions';
import { elideItalian } from '../i18n/it-elision';
import { reasonText, type Fmt } from '../i18n/reasons/index';
import { epcPayload } from './epc';
import type { LetterWords } from './lang/types';
import type { BlockPlaceholder } from './template';
import type { Align, Block, LetterInput, LetterInvoice } from './types';

export interface BlockContext {
  input: LetterInput;
  w: LetterWords;
  f: Fmt;
  money: (minor: number) => string;
  /** Printed reference for transfers ("Invoices A-1, A-2"). */
  reference: string;
  /** Every invoice number, when `reference` has room for only some (a bank takes 140 characters). */
  referenceList: string | null;
  protocol: boolean;
  /** The letter places the interest table (which then says what interest it leaves out). */
  interestTable: boolean;
  /** The letter places the totals (which then say what compensation is owed apart from them). */
  totalsBlock: boolean;
}

const para = (text: string): Block => ({ type: 'paragraph', text });

function invoiceTable({ input, w, f, money }: BlockContext): Block {
  const sum = (pick: (i: LetterInvoice) => number) => input.invoices.reduce((s, i) => s + pick(i), 0);
  // Each row adds up as the reader checks it: amount − paid − credit notes − discount − written off −
  // disputed = still to pay. A discount taken or a part written off is not money received, so neither is
  // "paid". A column for credit notes, a discount, a write-off or a disputed part only where the letter
  // has one.
  const optional = (head: string, of: (i: LetterInvoice) => number) =>
    input.invoices.some((i) => of(i) > 0) ? [{ head, width: 13, of }] : [];
  const columns: { head: string; width: number; of: (i: LetterInvoice) => number }[] = [
    { head: w.col.amount, width: 15, of: (i) => i.amount },
    { head: w.col.paid, width: 13, of: (i) => i.paid },
    ...optional(w.col.credited, (i) => i.credited ?? 0),
    ...optional(w.col.discount, (i) => i.discount ?? 0),
    ...optional(w.col.writtenOff, (i) => i.writtenOff ?? 0),
    ...optional(w.col.contested, (i) => i.contested ?? 0),
    { head: w.col.open, width: 15, of: (i) => i.open },
  ];
  return {
    type: 'table',
    head: [w.col.invoice, w.col.issued, w.col.due, ...columns.map((c) => c.head), w.col.daysLate],
    align: ['left', 'left', 'left', ...columns.map((): Align => 'right'), 'right'],
    widths: [20, 13, 13, ...columns.map((c) => c.width), 11],
    optional: [1],
    unit: currencySign(f.locale, input.currency),
    rows: input.invoices.map((i) => [
      i.number,
      f.date(i.issueDate),
      f.date(i.dueDate),
      ...columns.map((c) => money(c.of(i))),
      i.daysLate > 0 ? f.integer(i.daysLate) : '',
    ]),
    foot: [[w.total.open, '', '', ...columns.map((c) => money(sum(c.of))), '']],
  };
}

/** The currency as `locale` writes it beside an amount: "RON", "€", "kr.", "US$". */
function currencySign(locale: string, currency: string): string {
  const parts = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(0);
  return parts.find((p) => p.type === 'currency')?.value ?? currency;
}

/** The note that interest over a missing reference rate is left out of the figures (and not given up). */
function interestUnknown({ input, w }: BlockContext): Block[] {
  return input.interest && !input.interest.complete ? [para(w.interestUnknown)] : [];
}

function totals({ input, w, money }: BlockContext): Block {
  const t = input.totals;
  const rows: [string, string][] = [[w.total.open, money(t.open)]];
  if (t.interest > 0) rows.push([w.total.interest, money(t.interest)]);
  if (t.compensation > 0) rows.push([w.total.compensation, money(t.compensation)]);
  const charged = input.fees.filter((x) => x.kind === 'reminder').reduce((s, x) => s + x.amount, 0);
  if (t.fees - charged > 0) rows.push([w.total.fees, money(t.fees - charged)]);
  if (charged > 0) rows.push([w.total.reminderFee, money(charged)]);
  rows.push([w.total.due, money(t.due)]);
  return { type: 'totals', rows };
}

function interestBlocks(ctx: BlockContext): Block[] {
  const { input, w, f, money } = ctx;
  const interest = input.interest;
  if (!interest) return [];
  // No period could be reckoned (every rate missing): the calculation says so instead of nothing.
  if (interest.periods.length === 0) return interestUnknown(ctx);
  const label = jurisdictionRule(interest.jurisdiction).referenceLabel;
  const table: Block = {
    type: 'table',
    head: [w.col.invoice, w.col.from, w.col.to, w.col.days, w.col.principal, w.col.rate, w.col.interest],
    align: ['left', 'left', 'left', 'right', 'right', 'right', 'right'],
    widths: [19, 13, 13, 9, 17, 12, 17],
    rows: interest.periods.map((p) => [
      p.invoice,
      f.date(p.from),
      f.date(p.to),
      f.integer(p.days),
      money(p.principal),
      f.percent(p.ratePercent),
      money(p.amount),
    ]),
    foot: [[w.total.interest, '', '', '', '', '', money(interest.total)]],
  };
  const rates = new Set<string>();
  for (const p of interest.periods) {
    const rate = f.percent(p.ratePercent);
    if (p.referencePercent === null || p.marginPp === null) rates.add(`${w.contractRate} ${rate}`);
    else
      rates.add(
        `${w.ratePlus
          .replace('{reference}', `${label} ${f.percent(p.referencePercent)}`)
          .replace('{margin}', f.number(p.marginPp, Number.isInteger(p.marginPp) ? 0 : 2))} = ${rate}`,
      );
  }
  const out: Block[] = [
    table,
    para(`${w.col.rate}: ${[...rates].join('; ')}. ${w.roundingNote}`),
    ...interestUnknown(ctx),
  ];
  const paidLate = input.invoices.filter((i) => i.paidOn !== null);
  if (paidLate.length > 0)
    out.push(
      para(
        paidLate.map((i) => `${i.number}: ${w.paidOn.replace('{date}', f.date(i.paidOn ?? ''))}`).join('; '),
      ),
    );
  out.push(...compensationLine(ctx));
  if (!ctx.totalsBlock) out.push(...compensationApart(ctx));
  return out;
}

/** The fixed compensation claimed in the letter's currency, with its law and, if converted, the rate. */
function compensationLine({ input, w, f, money }: BlockContext): Block[] {
  const list = input.compensation;
  const first = list[0];
  if (!first) return [];
  const each = new Set(list.map((c) => money(c.amount)));
  const amount =
    each.size === 1 ? `${f.integer(list.length)} × ${[...each][0]}` : money(input.totals.compensation);
  // "40 EUR converted at 4.9764 RON/EUR", as the invoice's details on screen say it.
  const converted = first.converted
    ? `; ${reasonText({ code: 'fees.converted', params: { ...first.converted, currency: input.currency } }, input.language).replace(/\.$/, '')}`
    : '';
  return [para(`${w.total.compensation}: ${amount} (${first.law}${converted}).`)];
}

/**
 * A compensation owed in another currency than the letter's (Romania's 40 EUR for a RON invoice, no rate
 * known): said under the totals, not added to them, payable in lei at the BNR rate of the day of payment.
 */
function compensationApart({ input, w, f }: BlockContext): Block[] {
  const list = input.compensationApart;
  const first = list[0];
  if (!first) return [];
  const one = f.money(first.amount, first.currency);
  const total = f.money(
    list.reduce((s, c) => s + c.amount, 0),
    first.currency,
  );
  const amount = list.length === 1 ? one : `${f.integer(list.length)} × ${one} = ${total}`;
  return [para(w.compensationInLei.replace('{amount}', () => amount).replace('{law}', () => first.law))];
}

function amountToPay(input: LetterInput): number {
  if (input.kind === 'settlement-offer' && input.settlement) return input.settlement.amount;
  if (input.kind === 'discount-offer' && input.discount) return input.discount.discounted;
  if (input.kind === 'payment-plan' || input.kind === 'settlement-confirmation') return 0;
  return input.totals.due;
}

function payment({ input, w, reference }: BlockContext): Block {
  const { company, payment } = input;
  const iban = payment.iban.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
  const lines = [`${w.payment.beneficiary}: ${company.name}`];
  if (iban) lines.push(`IBAN: ${iban}`);
  if (payment.bic) lines.push(`BIC: ${payment.bic}`);
  lines.push(`${w.payment.reference}: ${reference}`);
  if (payment.methods) lines.push(payment.methods);
  const amount = amountToPay(input);
  const qr =
    input.currency === 'EUR' && amount > 0
      ? epcPayload({ name: company.name, iban: payment.iban, bic: payment.bic, amount, text: reference })
      : null;
  return { type: 'payment', title: w.payment.title, lines, qr, qrLabel: w.payment.qr };
}

/** A rate as typed: 5.5 → "5,5 %", 8 → "8 %" (up to four decimals). */
export function ratePercent(f: Fmt, p: number): string {
  const decimals = String(p).split('.')[1]?.length ?? 0;
  return f.percent(p, Math.min(decimals, 4));
}

function schedule({ input, w, f, money }: BlockContext): Block[] {
  const plan = input.plan;
  if (!plan) return [];
  const progress = plan.progress;
  // Italian drops the article's vowel before a date or a rate read with a vowel ("l’11/12/2026", "all’8%").
  const label = (text: string): string => (input.language === 'it' ? elideItalian(text) : text);
  const charged = plan.interest > 0 || plan.fee > 0;
  // A plan with interest or a fee says what its instalments sum to and why: the amount acknowledged,
  // the interest at its yearly rate, the fee, and the total the table below adds up to. Payments since
  // a plan was agreed are said apart: the amount acknowledged is that day's (the invoice table above
  // is the letter's day's), then what was paid since and what the instalments still ask.
  const terms: [string, string][] = [
    [
      progress
        ? label(w.planTerms.principalOn.replace('{date}', () => f.date(progress.agreedOn)))
        : w.planTerms.principal,
      money(plan.principal),
    ],
  ];
  if (plan.interest > 0)
    terms.push([
      label(w.planTerms.interest.replace('{rate}', () => ratePercent(f, plan.interestPercent))),
      money(plan.interest),
    ]);
  if (plan.fee > 0) terms.push([w.planTerms.fee, money(plan.fee)]);
  if (charged) terms.push([w.planTerms.total, money(plan.total)]);
  if (progress)
    terms.push(
      [label(w.planTerms.paid.replace('{date}', () => f.date(progress.agreedOn))), money(progress.paid)],
      [w.planTerms.remaining, money(progress.remaining)],
    );
  // Each instalment row adds up too once some are paid: amount − paid = still to pay.
  const paidOn = (k: number): number => progress?.instalmentsPaid[k] ?? 0;
  const table: Block = progress
    ? {
        type: 'table',
        head: [w.col.instalment, w.col.due, w.col.amount, w.col.paid, w.col.open],
        align: ['left', 'left', 'right', 'right', 'right'],
        widths: [16, 24, 20, 20, 20],
        rows: plan.instalments.map((p, k) => [
          f.integer(k + 1),
          f.date(p.dueDate),
          money(p.amount),
          money(paidOn(k)),
          money(p.amount - paidOn(k)),
        ]),
        foot: [[w.total.schedule, '', money(plan.total), money(progress.paid), money(progress.remaining)]],
      }
    : {
        type: 'table',
        head: [w.col.instalment, w.col.due, w.col.amount],
        align: ['left', 'left', 'right'],
        widths: [20, 40, 40],
        rows: plan.instalments.map((p, k) => [f.integer(k + 1), f.date(p.dueDate), money(p.amount)]),
        foot: [[w.total.schedule, '', money(plan.total)]],
      };
  return charged || progress ? [{ type: 'totals', rows: terms }, table] : [table];
}

function aging({ input, w, money }: BlockContext): Block[] {
  if (!input.aging) return [];
  const lang = input.language;
  const label = (b: { from: number; to: number | null }): string =>
    b.to === 0
      ? reasonText({ code: 'bucket.current' }, lang)
      : b.to === null
        ? reasonText({ code: 'bucket.over', params: { from: b.from } }, lang)
        : reasonText({ code: 'bucket.range', params: { from: b.from, to: b.to } }, lang);
  return [
    {
      type: 'table',
      head: [w.col.period, w.col.open],
      align: ['left', 'right'],
      widths: [60, 40],
      rows: input.aging.map((b) => [label(b), money(b.amount)]),
      foot: [[w.total.open, money(input.totals.open)]],
    },
  ];
}

/** The blocks that a block placeholder stands for (none when it does not apply to this letter). */
export function blocksFor(name: BlockPlaceholder, ctx: BlockContext): Block[] {
  const { input, w } = ctx;
  switch (name) {
    case 'invoices':
      // A disputed part left out of what is asked for is named, so the rest to pay adds up.
      return [
        invoiceTable(ctx),
        ...input.invoices.flatMap((i): Block[] =>
          i.contested
            ? [
                {
                  type: 'paragraph',
                  text: w.contested
                    .replace('{invoice}', () => i.number)
                    .replace('{amount}', ctx.money(i.contested)),
                },
              ]
            : [],
        ),
      ];
    case 'totals':
      return [
        totals(ctx),
        ...(ctx.interestTable
          ? []
          : [
              ...interestUnknown(ctx),
              // The rate a compensation was put into the letter's currency at is said once.
              ...(input.compensation.some((c) => c.converted) ? compensationLine(ctx) : []),
            ]),
        ...compensationApart(ctx),
      ];
    case 'interest_table':
      return interestBlocks(ctx);
    case 'payment':
      return [
        payment(ctx),
        ...(ctx.referenceList
          ? [para(w.referenceList.replace('{numbers}', () => ctx.referenceList ?? ''))]
          : []),
      ];
    case 'schedule':
      return schedule(ctx);
    case 'aging':
      return aging(ctx);
    case 'signature':
      return [
        {
          type: 'signature',
          parties: [{ role: '', name: input.company.name }],
          dateLabel: '',
          signLabel: '',
        },
      ];
    case 'signatures':
      return [
        {
          type: 'signature',
          parties: [
            { role: w.creditor, name: input.company.name },
            { role: w.debtor, name: input.customer.name },
          ],
          dateLabel: w.signDate,
          signLabel: w.signature,
        },
      ];
    case 'protocol':
      return ctx.protocol ? w.protocol.map(para) : [];
  }
}
