// Name similarity between a bank line's payer and a customer: legal forms dropped, diacritics folded,
// tokens paired by their Levenshtein ratio.

import { distance } from 'fastest-levenshtein';
import { foldText } from './reference';

const LEGAL_FORMS = new Set(
  (
    'srl srls spa sas snc sapa scarl gmbh mbh ag kg ohg ug kgaa aps as ivs ltd limited plc llp llc ' +
    'sarl sa sasu eurl inc incorporated corp co bv nv sc pfa ab oy sl sro kft'
  ).split(' '),
);

/** Name tokens with legal forms dropped: "Ștefan Țăranu S.R.L." → ["stefan", "taranu"]. */
export function nameTokens(name: string): string[] {
  const s = foldText(name)
    .replace(/['.’]/g, '')
    .replace(/\b([a-z])\/([a-z])\b/g, '$1$2'); // "a/s" → "as"
  const all = s.split(/[^a-z0-9]+/).filter((t) => t !== '');
  const kept = all.filter((t) => !LEGAL_FORMS.has(t));
  return kept.length > 0 ? kept : all;
}

function ratio(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}

function softHit(token: string, others: string[]): number {
  let best = 0;
  for (const o of others) {
    const r = ratio(token, o);
    if (r > best) best = r;
  }
  return best >= 0.8 ? best : 0;
}

/**
 * Similarity of two names, 0..1: the best of a soft token Dice (tokens pair when their Levenshtein
 * ratio is ≥ 0.8), the Levenshtein ratio of the sorted tokens, and 0.95 × the share of the customer's
 * tokens found in the payer's (bank texts add cities and words; only for customers of ≥ 2 tokens).
 */
export function nameSimilarity(payer: string | string[], customer: string | string[]): number {
  const a = typeof payer === 'string' ? nameTokens(payer) : payer;
  const b = typeof customer === 'string' ? nameTokens(customer) : customer;
  if (a.length === 0 || b.length === 0) return 0;
  let hitsA = 0;
  for (const t of a) hitsA += softHit(t, b);
  let hitsB = 0;
  for (const t of b) hitsB += softHit(t, a);
  const dice = (hitsA + hitsB) / (a.length + b.length);
  const lev = ratio([...a].sort().join(' '), [...b].sort().join(' '));
  const cover = b.length >= 2 ? (0.95 * hitsB) / b.length : 0;
  return Math.min(1, Math.max(dice, lev, cover));
}
