// The QR encoder, decoded by jsQR (an independent reader) from the bare module matrix, over payload
// lengths that cover versions 1 to 14 (single and multi-block, with and without version information).
import jsQR from 'jsqr';
import { describe, expect, test } from 'vitest';
import { encodeQr } from '../../src/letters/draw/qr-encode';

function decode(text: string): string | null {
  const { size, modules } = encodeQr(new TextEncoder().encode(text));
  const scale = 4;
  const quiet = 4;
  const side = (size + 2 * quiet) * scale;
  const rgba = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      if (!modules[y * size + x]) continue;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const p = (((y + quiet) * scale + dy) * side + (x + quiet) * scale + dx) * 4;
          rgba[p] = rgba[p + 1] = rgba[p + 2] = 0;
        }
    }
  return jsQR(rgba, side, side)?.data ?? null;
}

describe('encodeQr', () => {
  test.each([1, 14, 40, 90, 150, 200, 260, 331])('%i bytes decode back', (n) => {
    const text = 'BCD\n002\n1\nSCT\nȘțăîâ æøå €\n'.padEnd(n, 'x0123456789');
    expect(new TextEncoder().encode(text).length).toBeGreaterThanOrEqual(n);
    expect(decode(text)).toBe(text);
  });
});

test('picks the same symbol size as qrcode-generator for the same bytes and level', async () => {
  const { default: qrcode } = await import('qrcode-generator');
  for (const n of [10, 60, 120, 200, 300]) {
    const bytes = new TextEncoder().encode('é'.repeat(n / 2));
    const reference = qrcode(0, 'M');
    reference.addData(String.fromCharCode(...bytes), 'Byte');
    reference.make();
    expect(encodeQr(bytes).size).toBe(reference.getModuleCount());
  }
});
