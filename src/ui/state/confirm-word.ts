// The word a user types to confirm that every record is deleted: the interface language's own word
// (ELIMINA, ȘTERGE, LÖSCHEN), shown in the prompt. Case does not matter, and neither do the accents:
// many Romanian or German keyboards type STERGE or LOSCHEN, and a cedilla Ş is the same letter as Ș.
// Only the word shown counts (not the English DELETE in an Italian interface), so what the screen
// asks for is exactly what unlocks the button.

function bare(text: string, language: string): string {
  return text.trim().normalize('NFD').replace(/\p{M}/gu, '').toLocaleUpperCase(language);
}

export function confirmsWord(typed: string, word: string, language: string): boolean {
  return typed.trim() !== '' && bare(typed, language) === bare(word, language);
}
