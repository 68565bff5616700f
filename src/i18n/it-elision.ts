// Italian drops the article's vowel before a word that starts with a vowel sound, dates included:
// "entro l’11/11/2026", "dall’8/3/2026", not "entro il 11/11/2026" (undici, otto). The texts are
// written with the article whole ("entro il {date}"); this mends them once the date is in. So too a
// percentage: "contate all’80%", "all’1%".

const BEFORE_DATE =
  /\b(il|dal|del|al|nel|sul)\s(0?8|11)(?=[/.-]\d|\s(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\b)/g;
/** A percentage read with a vowel: 1 (uno), 8 (otto), 11 (undici), 80–89 (ottanta…), 800–899 (ottocento…). */
const BEFORE_PERCENT = /\b(il|dal|del|al|nel|sul)\s((?:1|8|11|8\d|8\d\d)(?:,\d+)?)(?=\s?%)/g;
const ELIDED: Record<string, string> = {
  il: 'l’',
  dal: 'dall’',
  del: 'dell’',
  al: 'all’',
  nel: 'nell’',
  sul: 'sull’',
};

export function elideItalian(text: string): string {
  const elide = (_: string, article: string, read: string) => `${ELIDED[article] ?? article}${read}`;
  return text.replace(BEFORE_DATE, elide).replace(BEFORE_PERCENT, elide);
}
