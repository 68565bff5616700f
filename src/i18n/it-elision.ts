// Italian drops the article's vowel before a word that starts with a vowel sound, dates included:
// "entro l’11/11/2026", "dall’8/3/2026", not "entro il 11/11/2026" (undici, otto). The texts are
// written with the article whole ("entro il {date}"); this mends them once the date is in.

const BEFORE_DATE =
  /\b(il|dal|del|al|nel|sul)\s(0?8|11)(?=[/.-]\d|\s(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\b)/g;
const ELIDED: Record<string, string> = {
  il: 'l’',
  dal: 'dall’',
  del: 'dell’',
  al: 'all’',
  nel: 'nell’',
  sul: 'sull’',
};

export function elideItalian(text: string): string {
  return text.replace(
    BEFORE_DATE,
    (_, article: string, day: string) => `${ELIDED[article] ?? article}${day}`,
  );
}
