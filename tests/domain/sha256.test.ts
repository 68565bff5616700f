// SHA-256 in a page the browser gives no `crypto.subtle` (plain http from another machine): the same
// digests as the browser's own. Expected values: FIPS 180-2's examples.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hex, sha256Bytes } from '../../src/domain/sha256';
import { fileHash } from '../../src/csv/file-hash';
import { sha256 } from '../../src/db/checksum';

const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const TWO_BLOCKS = '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1';
const text = (s: string) => new TextEncoder().encode(s);

describe('SHA-256 without the browser’s crypto.subtle', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives the standard digests, as the browser’s own does', async () => {
    expect(hex(await sha256Bytes(text('abc')))).toBe(ABC);
    vi.stubGlobal('crypto', {});
    expect(hex(await sha256Bytes(text('abc')))).toBe(ABC);
    expect(hex(await sha256Bytes(text('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      TWO_BLOCKS,
    );
    // A view into a larger buffer digests only its own bytes; an ArrayBuffer digests all of its.
    const big = text('xxabcxx');
    expect(hex(await sha256Bytes(big.subarray(2, 5)))).toBe(ABC);
    expect(hex(await sha256Bytes(text('abc').buffer))).toBe(ABC);
  });

  it('so an import’s fingerprint and a backup’s checksum are made there too', async () => {
    vi.stubGlobal('crypto', undefined);
    expect(await fileHash(text('abc'))).toBe(ABC);
    expect(await sha256(text('abc'))).toBe(`sha256:${ABC}`);
  });
});
