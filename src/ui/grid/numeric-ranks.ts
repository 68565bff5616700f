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
  // Each row's key as one or two unsigned words; the passes carry the keys beside the row indices so
  // every pass reads them in order (a gather by row index missed the cache at every step).
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
  let lo = new Uint32Array(n);
  let hi = small ? new Uint32Array(0) : new Uint32Array(n);
  if (small) {
    for (let i = 0; i < n; i++) {
      const x = v[i]!;
      if (x !== x) continue;
      lo[m] = (x + 2147483648) >>> 0;
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
      hi[m] = h;
      lo[m] = l;
      idx[m++] = i;
    }
  idx = idx.subarray(0, m);
  lo = lo.subarray(0, m);
  hi = hi.subarray(0, small ? 0 : m);
  let tmp = new Uint32Array(m);
  let tmpLo = new Uint32Array(m);
  let tmpHi = new Uint32Array(small ? 0 : m);
  const count = new Uint32Array(65536);
  // Least significant 16 bits first; a stable pass per digit keeps row order among equal keys.
  for (let d = 0; d < (small ? 2 : 4); d++) {
    const words = d < 2 ? lo : hi;
    const shift = d % 2 === 0 ? 0 : 16;
    count.fill(0);
    for (let j = 0; j < m; j++) count[(words[j]! >>> shift) & 0xffff]!++;
    // A digit every key shares sorts nothing.
    if (m > 0 && count[(words[0]! >>> shift) & 0xffff] === m) continue;
    let sum = 0;
    for (let b = 0; b < 65536; b++) {
      const c = count[b]!;
      count[b] = sum;
      sum += c;
    }
    for (let j = 0; j < m; j++) {
      const at = count[(words[j]! >>> shift) & 0xffff]!++;
      tmp[at] = idx[j]!;
      tmpLo[at] = lo[j]!;
      if (!small) tmpHi[at] = hi[j]!;
    }
    [idx, tmp] = [tmp, idx];
    [lo, tmpLo] = [tmpLo, lo];
    if (!small) [hi, tmpHi] = [tmpHi, hi];
  }
  const rank = new Uint32Array(n);
  let distinct = 0;
  for (let j = 0; j < m; j++) {
    if (j === 0 || lo[j] !== lo[j - 1] || (!small && hi[j] !== hi[j - 1])) distinct++;
    rank[idx[j]!] = distinct - 1;
  }
  if (m < n) for (let i = 0; i < n; i++) if (v[i] !== v[i]) rank[i] = distinct;
  return { rank, distinct, sorted: idx };
}
