// Romanian counts of days: "1 zi", "15 zile", "20 de zile", "115 zile" — "de" stands between a number
// and its noun from 20 on (last two digits 00 or 20–99).

/** "de " where Romanian puts it between a number and its noun, else "". */
export function roDe(n: number): string {
  const r = Math.abs(n) % 100;
  return n !== 0 && (r === 0 || r >= 20) ? 'de ' : '';
}

/** A number of days in Romanian: "1 zi", "15 zile", "30 de zile". */
export function roDays(n: number): string {
  return n === 1 ? '1 zi' : `${n} ${roDe(n)}zile`;
}
