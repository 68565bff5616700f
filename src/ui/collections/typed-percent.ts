// A percentage as a person types it, in any of the interface languages: "5,5", "5.5", "12 %".

/** The number typed, NaN when the text is not a percentage, undefined when the field is empty. */
export function typedPercent(text: string): number | undefined {
  const s = text.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '');
  if (s === '') return undefined;
  if (!/^\d+([.,]\d+)?$/.test(s)) return NaN;
  return Number(s.replace(',', '.'));
}
