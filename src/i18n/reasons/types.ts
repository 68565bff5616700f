// The shape every reason code has, and the shape of its texts: one function per code and language,
// so a code without a text in some language is a type error (and tests/i18n/reasons.test.ts checks it).
import type { Language } from '../../domain/types';
import type { Fmt } from './format';

/** A reason as `src/domain` and `src/csv` return it: a code and the values its text needs. */
export interface Coded {
  code: string;
  params?: object;
}

type ParamsOf<R extends Coded, C> =
  Extract<R, { code: C }> extends { params: infer P } ? P : Record<string, never>;

/** The text of every code of `R` in one language. */
export type Texts<R extends Coded> = {
  [C in R['code']]: (params: ParamsOf<R, C>, f: Fmt) => string;
};

/** The text of every code of `R` in every interface language. */
export type LanguageTexts<R extends Coded> = Record<Language, Texts<R>>;
