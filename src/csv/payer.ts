// The payer's name inside a bank line's free text, for statements without a "From" column: Italian,
// French, German, Romanian, Danish, Dutch and English banks write "BONIFICO DA …", "VIR SEPA RECU DE …",
// "SEPA-Gutschrift von …", "Transfer de la …", "Overførsel fra …", "Transfer from …".

const LEAD = new RegExp(
  [
    String.raw`(?:bonifico|giroconto|accredito)(?:\s+sepa)?(?:\s+(?:istantaneo|ricevuto))?\s+(?:da|ordinante|a\s+vostro\s+favore\s+da)`,
    // BancoPosta: "BONIFICO A VOSTRO FAVORE TRN <codes> DA <name> PER <reason>": the name after the codes.
    String.raw`(?:bonifico|accredito)(?:\s+sepa)?\s+a\s+vostro\s+favore\s+trn\s+(?:\S+\s+){0,4}?da`,
    String.raw`ordinante:?`,
    String.raw`vir(?:ement)?(?:\s+sepa)?(?:\s+(?:recu|reçu|instantane|instantané))?\s+(?:de|du|par)`,
    String.raw`(?:sepa-)?(?:gutschrift|überweisung|ueberweisung|zahlungseingang)\s+(?:von|v\.)`,
    String.raw`auftraggeber:?`,
    String.raw`(?:transfer|plat[aă]|[iî]ncasare|incasare)\s+(?:de\s+la|de\s+la:)`,
    String.raw`[iî]ncasare\s+(?:op|instant)`,
    String.raw`ordonator:?`,
    String.raw`(?:overf[øo]rsel|indbetaling|betaling)\s+fra`,
    String.raw`(?:overboeking|betaling)\s+van`,
    String.raw`(?:faster\s+payment|bank\s+transfer|transfer|payment|credit|bgc)\s+from`,
  ].join('|'),
  'iu',
);

// Words that end a name: the reference part of the text.
const STOP = new Set(
  (
    'ref rif rif. riferimento causale per invoice inv fattura fatt ft facture fact fa rechnung re rg ' +
    'factura fact. factuur faktura fakt kid ordre verwendungszweck svwz eref mref iban bic date data ' +
    'datum le du op the for pour für til plata plată achitare contravaloare c/v'
  ).split(' '),
);

/** The payer named in `text` after a bank's "transfer from" words, or '' when none is. */
export function payerFromText(text: string): string {
  const m = LEAD.exec(text);
  if (!m) return '';
  const rest = text.slice(m.index + m[0].length).replace(/^[\s:.-]+/, '');
  const words: string[] = [];
  for (const raw of rest.split(/\s+/)) {
    const w = raw.replace(/[,;:]+$/, '');
    if (w === '' || /\d/.test(w) || STOP.has(w.toLowerCase())) break;
    words.push(w);
    if (words.length === 6 || raw !== w) break;
  }
  return words.join(' ');
}
