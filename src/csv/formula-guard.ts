// Cells a spreadsheet would run as a formula: the export writes them with a leading apostrophe (the
// spreadsheets' own mark for "text"), and the importer takes that one apostrophe off again, so the app's
// own export imports back to the same values (an invoice number "=1+2" was exported "'=1+2", and read
// back it made a second invoice beside the first).

// Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula or command (also the
// full-width forms some spreadsheets accept).
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r', '\uff1d', '\uff0b', '\uff0d', '\uff20']);

/** Prefixes `'` to text that a spreadsheet would run as a formula: "=SUM(A1)" → "'=SUM(A1)". */
export function neutralizeText(text: string): string {
  return text.length > 0 && FORMULA_START.has(text[0]!) ? `'${text}` : text;
}

/** The text `neutralizeText` was given: "'=SUM(A1)" → "=SUM(A1)"; any other text as it is. */
export function unneutralizeText(text: string): string {
  return text.length > 1 && text.charCodeAt(0) === 39 && FORMULA_START.has(text[1]!) ? text.slice(1) : text;
}
