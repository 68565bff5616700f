// Canonical JSON (RFC 8785 style: object keys sorted by UTF-16 code units, no whitespace, numbers and
// strings exactly as JSON.stringify writes them) and SHA-256 over it, so a backup's checksum does not
// depend on key order or formatting and anyone can recompute it.

/** The canonical JSON text of a JSON value. Throws on values JSON cannot hold faithfully (Date, Map…). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string')
    return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (i > 0) out += ',';
      out += v === undefined || typeof v === 'function' ? 'null' : canonicalJson(v);
    }
    return out + ']';
  }
  if (typeof value === 'object') {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null)
      throw new Error(`canonicalJson: cannot serialise a ${value.constructor?.name ?? 'non-plain object'}`);
    const record = value as Record<string, unknown>;
    let out = '{';
    let first = true;
    for (const key of Object.keys(record).sort()) {
      const v = record[key];
      if (v === undefined || typeof v === 'function') continue;
      out += (first ? '' : ',') + JSON.stringify(key) + ':' + canonicalJson(v);
      first = false;
    }
    return out + '}';
  }
  throw new Error(`canonicalJson: cannot serialise a ${typeof value}`);
}

/** 'sha256:' and the lower-case hex SHA-256 of the bytes. */
export async function sha256(data: BufferSource): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return 'sha256:' + hex;
}
