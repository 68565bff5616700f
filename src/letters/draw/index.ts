// The letters module's browser entry, loaded with `import()` when the first letter is made: content
// (pure) + drawing (jsPDF) + the font loader. Nothing here is in the initial bundle.
export * from '../types';
export { letterContent, defaultTemplate } from '../content';
export { letterInputFor, letterPlan, governingLaw, type LetterOptions, type LetterRecords } from '../input';
export { templateErrors, INLINE_PLACEHOLDERS, BLOCK_PLACEHOLDERS, type TemplateError } from '../template';
export { LETTER_LANGUAGES } from '../lang/index';
export { monthlyPlan, settlementAmount } from '../offers';
export { drawLetters, drawOneLetter, LettersCancelled, type DrawOptions } from './pdf';
export { loadFonts } from './fonts-browser';
export type { LetterTemplate } from '../lang/types';
