// Evidence files in a backup: the database keeps each file as a Blob, a backup (JSON) as base64 text in
// the same `data` field. Base64 rather than a side file: the backup stays one file, its checksum covers
// the bytes, and an old backup (no `evidence` table) restores as before.
import type { Evidence } from './schema';

/** The largest file that can be attached (bytes): a scan or a photo fits; a video does not. */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  // In chunks: spreading millions of arguments into one call overflows the stack.
  for (let i = 0; i < bytes.length; i += CHUNK) s += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(s);
}

export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** The number of bytes a base64 text stands for, without decoding it. */
export function base64Size(text: string): number {
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return Math.floor((text.length * 3) / 4) - pad;
}

/** Bytes of the file in a stored or backed-up row. */
export function dataSize(data: unknown): number | null {
  if (typeof data === 'string') return base64Size(data);
  if (data instanceof Blob) return data.size;
  return null;
}

/** Rows as a backup holds them: the Blob read and written as base64. */
export async function evidenceForBackup(
  rows: readonly Record<string, unknown>[],
): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for (const row of rows) {
    const data = row.data;
    out.push(
      data instanceof Blob ? { ...row, data: bytesToBase64(new Uint8Array(await data.arrayBuffer())) } : row,
    );
  }
  return out;
}

/** Rows as the database keeps them: base64 text back into a Blob of the file's type. */
export function evidenceFromBackup(rows: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  return rows.map((row) =>
    typeof row.data === 'string'
      ? { ...row, data: new Blob([base64ToBytes(row.data)], { type: String(row.type ?? '') }) }
      : row,
  );
}

export type { Evidence };
