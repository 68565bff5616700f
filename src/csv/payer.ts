// The payer's name inside a bank line's free text, for statements without a "From" column: Italian,
// French, German, Romanian, Danish, Dutch, English and US banks write "BONIFICO DA …", "VIR SEPA RECU /DE …",
// "VIREMENT EN VOTRE FAVEUR ↵ …", "SEPA-Gutschrift von …", "Încasare OP de la: …", "Overførsel fra …",
// "Transfer from …", "ORIG CO NAME:…", or the name first: "GLOBEX LLC DES:PAYMENT ID:…", "ROSSI GMBH 1234
// RE 2026-114" (Commerzbank), "ACME LTD  INV 114 BGC" (Barclays).

const LEAD = new RegExp(
  [
    String.raw`(?:bonifico|giroconto|accredito)(?:\s+sepa)?(?:\s+(?:istantaneo|ricevuto))?\s+(?:da|ordinante|a\s+vostro\s+favore\s+da)`,
    // BancoPosta: "BONIFICO A VOSTRO FAVORE TRN <codes> DA <name> PER <reason>": the name after the codes.
    String.raw`(?:bonifico|accredito)(?:\s+sepa)?\s+a\s+vostro\s+favore\s+trn\s+(?:\S+\s+){0,4}?da`,
    String.raw`ordinante:?`,
    // BNP Paribas writes the fields of a SEPA transfer after slashes: "VIR SEPA RECU /DE <name> /MOTIF …";
    // Société Générale the transfer's number first: "VIR RECU 1234567890 DE: <name> MOTIF: …".
    String.raw`vir(?:ement)?(?:\s+sepa)?(?:\s+(?:recu|reçu|instantane|instantané))?(?:\s+\d+)?(?:\s+|\s*/)(?:de|du|par)\b:?`,
    // Crédit Agricole: the name on the line under "VIREMENT EN VOTRE FAVEUR".
    String.raw`vir(?:ement)?(?:\s+sepa)?\s+en\s+votre\s+faveur`,
    String.raw`(?:sepa-)?(?:gutschrift|überweisung|ueberweisung|zahlungseingang)\s+(?:von|v\.)`,
    String.raw`auftraggeber:?`,
    String.raw`(?:transfer|plat[aă]|[iî]ncasare|incasare)\s+(?:de\s+la|de\s+la:)`,
    // "Încasare OP de la: <name>" (BRD), "Incasare OP - canal electronic;<name>;…" (Banca Transilvania).
    String.raw`[iî]ncasare\s+(?:op|instant)(?:\s+de\s+la\b)?`,
    String.raw`ordonator:?`,
    String.raw`(?:overf[øo]rsel|indbetaling|betaling)\s+fra`,
    // Danske Bank: "Overførsel Hansen Tømrer faktura …", "Indbetaling Jensen ApS" (not "Indbetalingskort").
    String.raw`(?:overf[øo]rsel|indbetaling)(?=\s+\p{L})(?!\s+(?:til|fra)\b)`,
    String.raw`(?:overboeking|betaling)\s+van`,
    String.raw`(?:faster\s+payment|bank\s+transfer|transfer|payment|credit|bgc)\s+from`,
    // A US ACH credit (Chase): "ORIG CO NAME:ACME CORP ORIG ID:…"; a wire (Wells Fargo): "/ORG=<name> SRF# …".
    String.raw`orig\s+co\s+name:?`,
    String.raw`/org=`,
  ].join('|'),
  'iu',
);

// A US ACH credit as Bank of America writes it: the payer first, then "DES:" and the entry's fields.
const NAME_FIRST = /^([^:;/\d]{2,60}?)\s+DES:/u;

// A channel named between the lead words and the payer's field ("Incasare OP - canal electronic;…").
const CHANNEL = /^(?:canal\s+\S+|intrabancar|interbancar|instant)$/iu;

// Words that end a name: the reference part of the text.
const STOP = new Set(
  (
    'ref rif rif. riferimento causale per invoice inv fattura fatt ft facture fact fa rechnung re rg ' +
    'factura fact. factuur faktura fakt kid ordre verwendungszweck svwz eref mref iban bic date data ' +
    'datum le du op the for pour für til plata plată achitare contravaloare c/v motif ' +
    'cf cui cif din detalii orig chk'
  ).split(' '),
);

// A company's legal form, the last word of its name: "Schulz Logistik GmbH", "ACME LTD", "Jensen ApS".
const LEGAL_FORMS = new Set(
  (
    'gmbh ag kg ohg ug gbr ek e.k. mbh ltd limited llp plc llc inc corp co aps a/s as ivs i/s k/s p/s ' +
    'srl s.r.l. spa s.p.a. snc sas sarl sa eurl sasu sca bv nv'
  ).split(' '),
);
const LEGAL_FORM_RE = new RegExp(
  String.raw`(?:^|\s)(?:${[...LEGAL_FORMS].map((f) => f.replace(/[./]/g, (c) => '\\' + c)).join('|')})(?=[\s,;:]|$)`,
  'i',
);
// The kind of booking, written before the name ("Gutschrift ROSSI GMBH …"), not part of it.
const KIND_WORDS = new Set(
  'gutschrift sepa-gutschrift zahlungseingang eingang bgc fpi ft tfr bac credit receipt'.split(' '),
);
// A UK bank's code of a credit at the end of the memo (Barclays: "ACME LTD  INV 114 BGC").
const UK_CREDIT_CODES = new Set('bgc fpi ft tfr bac cr dep'.split(' '));

/**
 * The payer written first, without any lead words: Commerzbank's Buchungstext "ROSSI GMBH 1234 RE
 * 2026-114 …", Barclays' memo "ACME LTD  INV 114 BGC". The words before the first number or reference
 * word are the name when they end in a legal form, or when they stand as a field of their own (a tab or
 * two spaces after them) of a memo that ends in a UK credit's code. '' otherwise: a text that merely
 * starts with words ("Miete März") names no payer.
 */
function nameFirst(text: string): string {
  const head = (text.length > 160 ? text.slice(0, 160) : text).split(/\r?\n/, 1)[0] ?? '';
  // Cheap gate (asked of every incoming line without lead words): before the first digit, a legal form
  // or the end of a field (a tab, two spaces); most texts have neither, and are read no further.
  let end = 0;
  while (end < head.length) {
    const c = head.charCodeAt(end);
    if (c >= 48 && c <= 57) break;
    end++;
  }
  const region = end < head.length ? head.slice(0, end) : head;
  if (region.indexOf('\t') < 0 && region.indexOf('  ') < 0 && !LEGAL_FORM_RE.test(region)) return '';
  const words: string[] = [];
  let legal = 0;
  let fieldEnd = 0;
  const parts = head.trim().split(/(\t|\s{2,}|\s)/);
  for (let i = 0; i < parts.length; i += 2) {
    const raw = parts[i] as string;
    const w = raw.replace(/[,;:]+$/, '');
    const lower = w.toLowerCase();
    if (words.length === 0 && KIND_WORDS.has(lower)) continue;
    if (w === '' || /\d/.test(w) || STOP.has(lower) || STOP.has(lower.replace(/\.+$/, ''))) break;
    words.push(w);
    if (LEGAL_FORMS.has(lower) && words.length > 1) legal = words.length;
    const gap = parts[i + 1];
    if (gap !== undefined && gap !== ' ') {
      fieldEnd = words.length;
      break;
    }
    if (words.length === 6 || raw !== w) break;
  }
  if (legal > 0) return words.slice(0, legal).join(' ');
  if (fieldEnd > 0) {
    const last = head.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
    if (UK_CREDIT_CODES.has(last)) return words.slice(0, fieldEnd).join(' ');
  }
  return '';
}

/** The payer named in `text` after a bank's "transfer from" words, or '' when none is. */
export function payerFromText(text: string): string {
  const m = LEAD.exec(text);
  if (!m) return NAME_FIRST.exec(text)?.[1]?.trim() || nameFirst(text);
  let rest = text.slice(m.index + m[0].length).replace(/^[\s:.-]+/, '');
  // Fields apart by ";": the payer's is the first, or the next after a channel's name.
  if (rest.includes(';')) {
    const parts = rest.split(';').map((p) => p.trim());
    rest = (CHANNEL.test(parts[0] ?? '') ? parts[1] : parts[0]) ?? '';
  }
  // A name ends with its line.
  rest = rest.split(/\r?\n/, 1)[0] ?? '';
  const words: string[] = [];
  for (const raw of rest.split(/\s+/)) {
    // "/MOTIF", "/REF": the next field of the transfer; "Detalii:", "MOTIF:": a label.
    // "SRF#", "ID=": a field's name.
    if (raw.startsWith('/') || (raw.length > 1 && raw.endsWith(':')) || /[#=]/.test(raw)) break;
    const w = raw.replace(/[,;:]+$/, '');
    if (
      w === '' ||
      /\d/.test(w) ||
      STOP.has(w.toLowerCase()) ||
      STOP.has(w.replace(/\.+$/, '').toLowerCase())
    )
      break;
    words.push(w);
    if (words.length === 6 || raw !== w) break;
  }
  return words.join(' ');
}
