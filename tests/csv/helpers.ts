import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readTableChunks, type CsvChunk, type CsvFormat } from '../../src/csv';

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/csv/${name}`, import.meta.url))));
}

/** Reads `bytes` in chunks: each chunk, the read's result, and the chunks' rows, lines and errors joined. */
export function inChunks(
  bytes: Uint8Array,
  format: CsvFormat,
  size: number,
  sizes?: Parameters<typeof readTableChunks>[4],
) {
  const chunks: CsvChunk[] = [];
  const result = readTableChunks(bytes, format, (c) => void chunks.push(c), size, sizes);
  return {
    chunks,
    result,
    rows: chunks.flatMap((c) => c.rows),
    lines: chunks.flatMap((c) => c.lines),
    errors: chunks.flatMap((c) => c.errors),
  };
}
