// Dense ascending ranks of a column's numbers, by a radix sort of their IEEE-754 bits: a million
// amounts rank in a few passes over typed arrays (sorting the distinct values and binary-searching
// each row's took over a second at a million rows).

/**
 * Rank per row (equal values share one, -0 equals 0); empty cells (NaN) get `distinct`, after all.
 * Also returns the rows with a value in ascending order (ties in row order).
 */
export function numericRanks(v: Float64Array): { rank: Uint32Array; distinct: number; sorted: Uint32Array } {
  const n = v.length;
  const f = new Float64Array(1);
  const u = new Uint32Array(f.buffer);
  // Little-endian hosts keep the high word second (every browser this runs in).
  const H = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 1 : 0;
  const L = 1 - H;
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  let idx = new Uint32Array(n);
  let m = 0;
  // Whole numbers of 32 bits (amounts in minor units, YYYYMMDD dates, days) need two passes, not four:
  // their key is the number offset by 2³¹, all in the low word.
  let small = true;
  for (let i = 0; i < n; i++) {
    const x = v[i]!;
    if (x === x && (x !== Math.floor(x) || x < -2147483648 || x > 2147483647)) {
      small = false;
      break;
    }
  }
  if (small) {
    for (let i = 0; i < n; i++) {
      const x = v[i]!;
      if (x !== x) continue;
      lo[i] = (x + 2147483648) >>> 0;
      idx[m++] = i;
    }
  } else
    for (let i = 0; i < n; i++) {
      const x = v[i]!;
      if (x !== x) continue;
      f[0] = x === 0 ? 0 : x;
      let h = u[H]!;
      let l = u[L]!;
      // Order-preserving unsigned key: negatives have every bit flipped, positives the sign bit set.
      if (h & 0x80000000) {
        h = ~h >>> 0;
        l = ~l >>> 0;
      } else h = (h | 0x80000000) >>> 0;
      hi[i] = h;
      lo[i] = l;
      idx[m++] = i;
    }
  idx = idx.subarray(0, m);
  let tmp = new Uint32Array(m);
  const count = new Uint32Array(65536);
  // Least significant 16 bits first; a stable pass per digit keeps row order among equal keys.
  for (let d = 0; d < (small ? 2 : 4); d++) {
    const words = d < 2 ? lo : hi;
    const shift = d % 2 === 0 ? 0 : 16;
    count.fill(0);
    for (let j = 0; j < m; j++) count[(words[idx[j]!]! >>> shift) & 0xffff]!++;
    // A digit every key shares sorts nothing.
    if (m > 0 && count[(words[idx[0]!]! >>> shift) & 0xffff] === m) continue;
    let sum = 0;
    for (let b = 0; b < 65536; b++) {
      const c = count[b]!;
      count[b] = sum;
      sum += c;
    }
    for (let j = 0; j < m; j++) {
      const i = idx[j]!;
      tmp[count[(words[i]! >>> shift) & 0xffff]!++] = i;
    }
    const t = idx;
    idx = tmp;
    tmp = t;
  }
  const rank = new Uint32Array(n);
  let distinct = 0;
  for (let j = 0; j < m; j++) {
    const i = idx[j]!;
    if (j === 0 || hi[i] !== hi[idx[j - 1]!] || lo[i] !== lo[idx[j - 1]!]) distinct++;
    rank[i] = distinct - 1;
  }
  if (m < n) for (let i = 0; i < n; i++) if (v[i] !== v[i]) rank[i] = distinct;
  return { rank, distinct, sorted: idx };
}
