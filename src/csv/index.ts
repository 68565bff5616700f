// The CSV reading and writing API: pure text processing, runs in the page, a Web Worker or Node.

export type {
  CsvEncoding,
  CsvDelimiter,
  DecimalSeparator,
  LineEnding,
  ColumnType,
  CsvFormat,
  RowError,
  RowErrorCode,
  SkippedLine,
  CsvTable,
} from './types';
export { sniffCsv, type SniffOptions } from './sniff';
export { readTable, readTableChunks, type CsvChunk, type ChunkedReadResult } from './read';
export {
  suggestMapping,
  type MappingSuggestion,
  type MappingField,
  type ImportKind,
  type KnownLayout,
} from './mapping';
export { mappingSignature } from './mapping-signature';
export { parseAmount, parseDate, checkMappedValues } from './parse-values';
export { detectEncoding, decodeFile } from './encoding';
export { isSummaryLabel, normalizeLabel } from './values';
export {
  toCsv,
  toCsvBytes,
  neutralizeText,
  type CsvCell,
  type MoneyCell,
  type DateCell,
  type CsvExportOptions,
} from './export';
