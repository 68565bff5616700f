// A row error as a reason the screen can put into words: the problem's code and values, with the file,
// line and column it is at (texts in src/i18n/reasons/csv.ts read "file, line N, column M (name): …").

import type { RowError, RowErrorCode, RowProblem } from './types';

export interface RowPlace {
  file: string;
  line: number;
  column: number | null;
  columnName: string | null;
}

export type RowReason = {
  [K in RowErrorCode]: {
    code: `csv.${K}`;
    params: Extract<RowProblem, { code: K }>['params'] & RowPlace;
  };
}[RowErrorCode];

export function rowErrorReason(error: RowError, file: string): RowReason {
  return {
    code: `csv.${error.code}`,
    params: {
      ...error.params,
      file,
      line: error.line,
      column: error.column ?? null,
      columnName: error.columnName ?? null,
    },
  } as RowReason;
}
