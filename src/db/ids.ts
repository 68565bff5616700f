// Record ids: 16 random bytes as hex-ish base36. `crypto.randomUUID` exists only in secure contexts,
// and Overdue must also run from a plain folder on disk, so build ids from getRandomValues.
export function newId(prefix = ''): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return prefix + s;
}
