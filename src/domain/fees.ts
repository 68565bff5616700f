// Fixed compensation per late invoice and reminder fees (docs rules §1, §2, §4 D).

import { daysBetween } from './dates';
import { assertMinor, currencyDigits, decimalToFraction, roundDiv } from './money';
import { jurisdictionRule, ruleOn, type ReminderFeeCap, type TimeBoxed } from './jurisdictions';
import type { CurrencyCode, DebtorKind, IsoDate, Jurisdiction } from './types';

export interface Conversion {
  /** Currency to pay the compensation in (RON for Romania's "40 EUR paid in lei"). */
  currency: CurrencyCode;
  /** Price of one unit of the law's currency (EUR; GBP for the UK) in `currency`, e.g. 4.9764. */
  rate: number;
}

export interface CompensationInput {
  jurisdiction: Jurisdiction;
  debtor: DebtorKind;
  /** The late invoice's amount, minor units of `currency` (the UK bands the compensation on it). */
  amount: number;
  currency: CurrencyCode;
  /** When given, the compensation is converted into `conversion.currency` at `conversion.rate`. */
  conversion?: Conversion;
}

/** A note on how the compensation was set, as a code with its figures. */
export type CompensationNote =
  | { code: 'fees.uk-band-without-rate'; params: { currency: CurrencyCode } }
  | {
      code: 'fees.converted';
      params: { legalAmount: number; legalCurrency: CurrencyCode; rate: number; currency: CurrencyCode };
    }
  | { code: 'fees.ro-payable-in-lei' };

export interface Compensation {
  /** Minor units of `currency`. */
  amount: number;
  currency: CurrencyCode;
  /** The amount the law states, before any conversion. */
  legalAmount: number;
  legalCurrency: CurrencyCode;
  law: string;
  note?: CompensationNote;
}

interface LegalAmount {
  amount: number;
  currency: CurrencyCode;
  law: string;
  note?: CompensationNote;
}

const FIXED: Partial<Record<Jurisdiction, LegalAmount>> = {
  EU: { amount: 4000, currency: 'EUR', law: 'Directive 2011/7/EU art. 6' },
  IT: { amount: 4000, currency: 'EUR', law: 'D.Lgs. 231/2002 art. 6' },
  FR: { amount: 4000, currency: 'EUR', law: 'C. com. L441-10 and D441-5' },
  DE: { amount: 4000, currency: 'EUR', law: 'BGB §288(5)' },
  RO: { amount: 4000, currency: 'EUR', law: 'Legea 72/2013, art. 13' },
  DK: { amount: 31000, currency: 'DKK', law: 'Renteloven §9a' },
};

/**
 * The fixed compensation owed per late invoice without a reminder, business debtors only; null for
 * consumers and where no law grants one (US). Romania's 40 EUR is paid in lei: without a conversion
 * the result stays EUR 40 with a note; with `conversion: { currency: 'RON', rate }` it is in lei.
 */
export function fixedCompensation(input: CompensationInput): Compensation | null {
  assertMinor(input.amount, 'invoice amount');
  if (input.debtor === 'consumer' || input.jurisdiction === 'US') return null;
  const legal = input.jurisdiction === 'UK' ? ukBand(input) : FIXED[input.jurisdiction];
  if (!legal) return null;
  const result: Compensation = {
    amount: legal.amount,
    currency: legal.currency,
    legalAmount: legal.amount,
    legalCurrency: legal.currency,
    law: legal.law,
  };
  if (legal.note) result.note = legal.note;
  const c = input.conversion;
  if (c && c.currency !== legal.currency && input.jurisdiction !== 'UK') {
    const [n, d] = decimalToFraction(String(c.rate));
    const shift = currencyDigits(c.currency) - currencyDigits(legal.currency);
    const num = BigInt(legal.amount) * n * 10n ** BigInt(Math.max(shift, 0));
    result.amount = Number(roundDiv(num, d * 10n ** BigInt(Math.max(-shift, 0))));
    result.currency = c.currency;
    result.note = {
      code: 'fees.converted',
      params: {
        legalAmount: legal.amount,
        legalCurrency: legal.currency,
        rate: c.rate,
        currency: c.currency,
      },
    };
  } else if (input.jurisdiction === 'RO') {
    result.note = { code: 'fees.ro-payable-in-lei' };
  }
  return result;
}

// Late Payment of Commercial Debts Regulations 2002: £40 under £1,000, £70 under £10,000, else £100.
function ukBand(input: CompensationInput): LegalAmount {
  const law = 'Late Payment of Commercial Debts (Interest) Act 1998 s.5A';
  let pence: bigint | null = null;
  if (input.currency === 'GBP') pence = BigInt(input.amount);
  else if (input.conversion && input.conversion.currency === input.currency) {
    const [n, d] = decimalToFraction(String(input.conversion.rate));
    const digits = BigInt(currencyDigits(input.currency));
    pence = (BigInt(input.amount) * 100n * d) / (n * 10n ** digits);
  }
  if (pence === null)
    return {
      amount: 4000,
      currency: 'GBP',
      law,
      note: { code: 'fees.uk-band-without-rate', params: { currency: input.currency } },
    };
  return { amount: pence < 100_000n ? 4000 : pence < 1_000_000n ? 7000 : 10000, currency: 'GBP', law };
}

export interface Reminder {
  date: IsoDate;
  /** Dunning level, 1 for the first reminder; defaults to the reminder's position in date order. */
  level?: number;
}

export interface ReminderPolicy {
  /** Fee per dunning level in minor units of `currency` (index 0 = level 1). Default: no fee; DK: DKK 100. */
  feesByLevel?: number[];
  currency?: CurrencyCode;
  /** Reminders on or before the due date carry no fee. */
  dueDate?: IsoDate;
}

/** Why a reminder carries no fee or less than asked; src/i18n/reasons/fees.ts puts it into words. */
export type ReminderFeeReason = {
  code:
    | 'fees.reminder.not-overdue'
    | 'fees.reminder.no-fee-set'
    | 'fees.reminder.max-three'
    | 'fees.reminder.too-soon'
    | 'fees.reminder.capped';
};

export interface ReminderFee {
  date: IsoDate;
  level: number;
  charged: boolean;
  amount: number;
  currency: CurrencyCode;
  reason?: ReminderFeeReason;
}

const DEFAULT_CURRENCY: Record<Jurisdiction, CurrencyCode> = {
  EU: 'EUR',
  IT: 'EUR',
  FR: 'EUR',
  DE: 'EUR',
  RO: 'RON',
  DK: 'DKK',
  UK: 'GBP',
  US: 'USD',
};

/**
 * The fee each reminder may carry, in the input's order. Denmark applies the legal caps; elsewhere
 * reminder fees are not regulated and the user's fee per level applies (default 0).
 * DK's 10 days are counted from the previous reminder of any kind (the stricter reading).
 */
export function reminderFees(
  jurisdiction: Jurisdiction,
  reminders: Reminder[],
  policy: ReminderPolicy = {},
): ReminderFee[] {
  // The statutory caps come from the rule table (jurisdictions.ts), each with its dates and source.
  const caps = jurisdictionRule(jurisdiction).reminderFeeCaps;
  const capped = caps !== undefined && caps.length > 0;
  const currency = capped
    ? (caps[0] as TimeBoxed<ReminderFeeCap>).value.currency
    : (policy.currency ?? DEFAULT_CURRENCY[jurisdiction]);
  const order = reminders
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.date < b.r.date ? -1 : a.r.date > b.r.date ? 1 : a.i - b.i));
  const out: ReminderFee[] = new Array<ReminderFee>(reminders.length);
  let charged = 0;
  let previous: IsoDate | null = null;
  order.forEach(({ r, i }, position) => {
    const level = r.level ?? position + 1;
    const cap = ruleOn(caps, r.date)?.value ?? null;
    const asked = policy.feesByLevel?.[level - 1] ?? cap?.maxFee ?? 0;
    assertMinor(asked, 'reminder fee');
    const fee = (amount: number, why?: ReminderFeeReason['code']): ReminderFee => ({
      date: r.date,
      level,
      charged: amount > 0,
      amount,
      currency,
      ...(why ? { reason: { code: why } } : {}),
    });
    let result: ReminderFee;
    if (policy.dueDate !== undefined && r.date <= policy.dueDate)
      result = fee(0, 'fees.reminder.not-overdue');
    else if (asked <= 0) result = fee(0, 'fees.reminder.no-fee-set');
    else if (cap && charged >= cap.maxFees) result = fee(0, 'fees.reminder.max-three');
    else if (cap && previous !== null && daysBetween(previous, r.date) < cap.minDaysBetween)
      result = fee(0, 'fees.reminder.too-soon');
    else if (cap && asked > cap.maxFee) result = fee(cap.maxFee, 'fees.reminder.capped');
    else result = fee(asked);
    if (result.charged) charged++;
    previous = r.date;
    out[i] = result;
  });
  return out;
}
