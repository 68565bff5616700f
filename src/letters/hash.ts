// A 128-bit fingerprint of a string (four FNV-1a lanes): the PDF file id of a letter, taken from the
// letter's own content so that a reprint carries the same id. Not a security hash.
export function fingerprint128(text: string): string {
  const seeds = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b];
  return seeds
    .map((seed, lane) => {
      let h = (seed ^ lane) >>> 0;
      for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193 + lane * 2) >>> 0;
      }
      return h.toString(16).padStart(8, '0');
    })
    .join('')
    .toUpperCase();
}
