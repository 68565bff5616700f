// What the governing law asks of a final notice (rules §5, §6): how many days to give, a sending method
// that proves receipt, the statute to cite and the name of the next legal step. The names of statutes
// and procedures are proper names and stay in the law's own language whatever the letter's language.
import type { DebtorKind, Jurisdiction } from '../domain/types';
import type { SendingMethod } from './types';

export interface FinalNoticeRule {
  /** Days to give from the letter's date (RO and IT count from receipt: the letter's date is earlier). */
  days: number;
  sending: SendingMethod;
  /** Statute of the demand. */
  basis: string;
  /** The order-for-payment procedure that would follow. */
  nextStep: string;
  /** UK letter before claim to an individual: the Pre-Action Protocol for Debt Claims applies. */
  protocol: boolean;
}

const RULES: Record<Jurisdiction, Omit<FinalNoticeRule, 'protocol'>> = {
  // Messa in mora (art. 1219 c.c.): written, by a means that proves receipt; 15 days is the usual term.
  // Not a diffida ad adempiere (art. 1454 c.c.): that one ends the contract when the term passes, and a
  // reminder to pay an invoice does not mean to.
  IT: {
    days: 15,
    sending: 'raccomandata-pec',
    basis: 'art. 1219 c.c.',
    nextStep: 'decreto ingiuntivo (art. 633 c.p.c.)',
  },
  FR: {
    days: 8,
    sending: 'recommande-ar',
    basis: 'art. 1344 C. civ.',
    nextStep: 'injonction de payer (art. 1405 CPC)',
  },
  // Somație: 15 days from receipt before the order for payment (art. 1015 C. proc. civ.).
  RO: {
    days: 15,
    sending: 'recomandata-ar',
    basis: 'art. 1015 C. proc. civ.',
    nextStep: 'ordonanța de plată (art. 1014 C. proc. civ.)',
  },
  // Inkassovarsel: at least 10 days from sending (inkassoloven §10).
  DK: {
    days: 10,
    sending: 'registered-post',
    basis: 'inkassoloven §10',
    nextStep: 'betalingspåkrav (retsplejeloven §477)',
  },
  DE: {
    days: 14,
    sending: 'einschreiben',
    basis: '§ 286 BGB',
    // Without an adjective to decline: the letter says "etwa das Mahnverfahren" ("das gerichtliches" was wrong).
    nextStep: 'Mahnverfahren (§ 688 ZPO)',
  },
  UK: {
    days: 14,
    sending: 'recorded-delivery',
    basis: 'Late Payment of Commercial Debts (Interest) Act 1998',
    nextStep: 'Money Claim Online',
  },
  EU: {
    days: 14,
    sending: 'registered-post',
    basis: 'Directive 2011/7/EU',
    nextStep: 'European Order for Payment (Regulation (EC) 1896/2006)',
  },
  US: { days: 14, sending: 'registered-post', basis: '', nextStep: 'small claims court' },
};

export function finalNoticeRule(jurisdiction: Jurisdiction, debtor: DebtorKind): FinalNoticeRule {
  const rule = RULES[jurisdiction];
  // Pre-Action Protocol for Debt Claims, para 3.1: the debtor has 30 days to reply.
  if (jurisdiction === 'UK' && debtor === 'consumer') return { ...rule, days: 30, protocol: true };
  return { ...rule, protocol: false };
}

/** The statute of late-payment interest, cited as the law itself cites it (language-neutral). */
export function interestStatute(jurisdiction: Jurisdiction, debtor: DebtorKind): string {
  const consumer = debtor === 'consumer';
  switch (jurisdiction) {
    case 'IT':
      return consumer ? 'art. 1284 c.c.' : 'D.Lgs. 231/2002, art. 5';
    case 'FR':
      return consumer ? 'C. mon. fin. L313-2' : 'C. com. L441-10';
    case 'RO':
      return 'O.G. 13/2011, art. 3';
    case 'DK':
      return 'renteloven §5';
    case 'DE':
      return consumer ? '§ 288 Abs. 1 BGB' : '§ 288 Abs. 2 BGB';
    case 'UK':
      return 'Late Payment of Commercial Debts (Interest) Act 1998';
    case 'EU':
      return 'Directive 2011/7/EU';
    case 'US':
      return '';
  }
}
