// DATEV Buchungsstapel, the format German accountants exchange bookings in: a header record starting
// "EXTF" (or "DTVF") with the fiscal year and the period, then the column names, then bookings whose
// Belegdatum is only day and month (DDMM, "301" for 3 January): the year comes from the header record.

/** The year of a DATEV file's bookings, from its header record; null when the line is no such record. */
export function datevYear(firstLine: string): number | null {
  const cells = firstLine.split(';').map((c) => c.trim().replace(/^"|"$/g, ''));
  if (cells[0] !== 'EXTF' && cells[0] !== 'DTVF') return null;
  // Field 15 is the period's first day, field 13 the fiscal year's (both YYYYMMDD).
  for (const c of [cells[14], cells[12]]) if (c && /^\d{8}$/.test(c)) return Number(c.slice(0, 4));
  return null;
}

/** A Belegdatum ("0301", "301") as "03.01.2024"; the cell unchanged when it is not DDMM. */
export function datevDate(cell: string, year: number): string {
  if (!/^\d{3,4}$/.test(cell)) return cell;
  const v = cell.padStart(4, '0');
  return `${v.slice(0, 2)}.${v.slice(2, 4)}.${year}`;
}
