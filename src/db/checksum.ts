// Canonical JSON (RFC 8785 style: object keys sorted by UTF-16 code units, no whitespace, numbers and
// strings exactly as JSON.stringify writes them) and SHA-256 over it, so a backup's checksum does not
// depend on key order or formatting and anyone can recompute it.
import { hex, sha256Bytes } from '../domain/sha256';

/** The canonical JSON text of a JSON value. Throws on values JSON cannot hold faithfully (Date, Map…). */
export function canonicalJson(value: unknown): string {
  // Fast path: the engine's JSON.stringify with keys sorted by a replacer (four times faster on a large
  // book). Objects order integer-like keys numerically whatever the insertion order, so an object that
  // has them and needs sorting goes through the slow, exact serialiser instead.
  let exact = false;
  const text = JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    assertPlain(this[key]); // before toJSON: a Date would otherwise pass as a string
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const keys = Object.keys(v);
    let sorted = true;
    for (let i = 1; i < keys.length && sorted; i++) sorted = (keys[i - 1] as string) < (keys[i] as string);
    if (sorted) return v;
    if (keys.some((k) => INDEX_KEY.test(k))) exact = true;
    keys.sort();
    const out: Record<string, unknown> = {};
    for (const k of keys) out[k] = (v as Record<string, unknown>)[k];
    return out;
  });
  return exact ? canonicalExact(value) : text;
}

const INDEX_KEY = /^(?:0|[1-9]\d*)$/;

function assertPlain(value: unknown): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null)
    throw new Error(`canonicalJson: cannot serialise a ${value.constructor?.name ?? 'non-plain object'}`);
}

/** The canonical text by plain recursion: the definition, and the path for integer-like keys. */
export function canonicalExact(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string')
    return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (i > 0) out += ',';
      out += v === undefined || typeof v === 'function' ? 'null' : canonicalExact(v);
    }
    return out + ']';
  }
  if (typeof value === 'object') {
    assertPlain(value);
    const record = value as Record<string, unknown>;
    let out = '{';
    let first = true;
    for (const key of Object.keys(record).sort()) {
      const v = record[key];
      if (v === undefined || typeof v === 'function') continue;
      out += (first ? '' : ',') + JSON.stringify(key) + ':' + canonicalExact(v);
      first = false;
    }
    return out + '}';
  }
  throw new Error(`canonicalJson: cannot serialise a ${typeof value}`);
}

/** 'sha256:' and the lower-case hex SHA-256 of the bytes (in any page, secure or not: see domain/sha256.ts). */
export async function sha256(data: BufferSource): Promise<string> {
  return 'sha256:' + hex(await sha256Bytes(data));
}
