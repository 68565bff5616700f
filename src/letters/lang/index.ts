// All letter languages. They are in the letters chunk, which is itself loaded only when letters are made.
import type { Language } from '../../domain/types';
import { da } from './da';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { it } from './it';
import { ro } from './ro';
import type { LetterLanguage } from './types';

export type { LetterLanguage, LetterTemplate, LetterWords } from './types';

export const LETTER_LANGUAGES: Record<Language, LetterLanguage> = { en, it, fr, ro, da, de };
