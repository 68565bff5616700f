// SHA-256 of bytes, in any page. The browser's own (`crypto.subtle`) where it gives it; a page opened
// over plain http from another machine (a static folder served on the office network) is not a secure
// context, and there the browser gives no `crypto.subtle` at all: the same digest is then computed by
// @noble/hashes (audited, no dependencies), loaded only in that case.

/** The SHA-256 digest of `data` (32 bytes). */
export async function sha256Bytes(data: BufferSource): Promise<Uint8Array> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) return new Uint8Array(await subtle.digest('SHA-256', data));
  const { sha256 } = await import('@noble/hashes/sha2.js');
  const bytes =
    data instanceof Uint8Array
      ? data
      : ArrayBuffer.isView(data)
        ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
        : new Uint8Array(data);
  return sha256(bytes);
}

/** Lower-case hex of bytes. */
export function hex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}
