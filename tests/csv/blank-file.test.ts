import { describe, expect, it } from 'vitest';
import { binaryKind, isBlank } from '../../src/csv/binary';

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);

describe('an empty file is told apart from a CSV and from a binary file', () => {
  it('no bytes, blanks and line ends, or a lone byte-order mark are empty', () => {
    expect(isBlank(bytes())).toBe(true);
    expect(isBlank(text(' \r\n\n\t'))).toBe(true);
    expect(isBlank(bytes(0xef, 0xbb, 0xbf, 0x0d, 0x0a))).toBe(true);
    expect(isBlank(bytes(0xff, 0xfe, 0x0a, 0x00))).toBe(true);
  });

  it('a header line, or a file of NUL bytes, is not empty', () => {
    expect(isBlank(text('Numero;Cliente\n'))).toBe(false);
    expect(isBlank(bytes(0, 0, 0))).toBe(false);
    expect(binaryKind(bytes(0, 0, 0))).toBe('binary');
  });
});
