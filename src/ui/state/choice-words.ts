// Choice columns whose stored values are codes ('letter', 'business', 'yes') but whose cells, filters and
// editors show the interface language's words ("Telefonata", "Impresa (B2B)", "Sì"). The grid sends back
// the word the user picked or typed: `toCodes` turns it into the code before the command reads it, so
// the commands keep reading codes (and English words pasted from an older export still work).
import type { CellEdit } from '../../commands/types';

export interface ChoiceWords {
  /** The words, in the order of `codes`. */
  choices: string[];
  codes: readonly string[];
  word: (code: string) => string;
}

export function choiceWords<C extends string>(codes: readonly C[], word: (code: C) => string): ChoiceWords {
  const words = codes.map(word);
  const byCode = new Map<string, string>(codes.map((c, k) => [c, words[k] as string]));
  return { choices: words, codes, word: (code) => byCode.get(code) ?? code };
}

/** The cells with each localised word of a choice column replaced by its code; other text as typed. */
export function toCodes(cells: readonly CellEdit[], columns: Record<string, ChoiceWords>): CellEdit[] {
  return cells.map((cell) => {
    const words = columns[cell.columnId];
    if (!words) return cell;
    const typed = cell.text.trim().toLocaleLowerCase();
    const at = words.choices.findIndex((w) => w.toLocaleLowerCase() === typed);
    return at < 0 ? cell : { ...cell, text: words.codes[at] as string };
  });
}
