// The EPC069-12 "BCD" payload of a SEPA credit-transfer QR code ("GiroCode"): plain text, one field a
// line, UTF-8 (character set 1). Banking apps read the beneficiary, IBAN, amount and reference from it.
import { toDecimalString } from '../domain/money';

export interface EpcTransfer {
  name: string;
  iban: string;
  bic: string;
  /** Minor units of EUR: EPC codes are for euro transfers only. */
  amount: number;
  /** Unstructured remittance text, at most 140 characters. */
  text: string;
}

const clip = (s: string, n: number): string => [...s.replace(/\s+/g, ' ').trim()].slice(0, n).join('');

/** The payload, or null when it cannot be made (no IBAN, amount outside 0.01…999,999,999.99). */
export function epcPayload(t: EpcTransfer): string | null {
  const iban = t.iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(iban)) return null;
  if (!Number.isSafeInteger(t.amount) || t.amount < 1 || t.amount > 99_999_999_999) return null;
  return [
    'BCD',
    '002',
    '1',
    'SCT',
    t.bic.replace(/\s+/g, '').toUpperCase(),
    clip(t.name, 70),
    iban,
    `EUR${toDecimalString(t.amount, 'EUR')}`,
    '',
    '',
    clip(t.text, 140),
  ].join('\n');
}
