// The reference a transfer quotes. A bank takes at most 140 characters of it (SEPA's unstructured
// remittance information, EPC069-12's QR text): a letter about many invoices quotes the first numbers
// that fit and counts the rest ("Invoices and 38 more"), and lists them all under the payment
// details, so the printed reference is always one a payer can type in whole.
import type { LetterWords } from './lang/types';

/** SEPA's unstructured remittance information, and the EPC QR code's text: 140 characters. */
export const REFERENCE_MAX = 140;

export interface TransferReference {
  /** What the payer quotes, at most `REFERENCE_MAX` characters where the numbers allow. */
  reference: string;
  /** Every invoice number, when `reference` names only some of them; null when it names them all. */
  all: string | null;
}

export function transferReference(w: LetterWords, numbers: readonly string[]): TransferReference {
  const form = numbers.length === 1 ? w.referenceOne : w.reference;
  // (A function replacer: an invoice number holding "$&" stays as it is.)
  const fill = (list: string): string => form.replace('{numbers}', () => list);
  const whole = fill(numbers.join(', '));
  if (whole.length <= REFERENCE_MAX || numbers.length < 3) return { reference: whole, all: null };
  // At least two are counted: "and 1 more" reads wrong in some languages ("e altre 1").
  let shown = numbers.length - 2;
  const cut = (k: number): string =>
    fill(numbers.slice(0, k).join(', ') + w.referenceMore.replace('{count}', String(numbers.length - k)));
  while (shown > 1 && cut(shown).length > REFERENCE_MAX) shown--;
  return { reference: cut(shown), all: numbers.join(', ') };
}
