// Words for the read model's codes in the interface language: status and aging bucket.
import { DEFAULT_DUE_BOUNDS } from '../../domain/aging';
import type { Language } from '../../domain/types';
import { reasonText } from '../../i18n/reasons/lazy';
import type { InvoiceStatusCode } from '../../i18n/reasons/ledger';

export const STATUS_CODES: InvoiceStatusCode[] = ['open', 'overdue', 'paid', 'disputed', 'written-off'];

/** The label of each aging bucket by days past due (index as `agingBucketOf` gives it). */
export function bucketLabels(language: Language, bounds: readonly number[] = DEFAULT_DUE_BOUNDS): string[] {
  const labels: string[] = [];
  for (let i = 0; i <= bounds.length; i++) {
    const to = bounds[i];
    const from = i === 0 ? null : (bounds[i - 1] as number) + 1;
    labels.push(
      from === null && to === 0
        ? reasonText({ code: 'bucket.current' }, language)
        : to === undefined
          ? reasonText({ code: 'bucket.over', params: { from: from ?? 1 } }, language)
          : reasonText({ code: 'bucket.range', params: { from: from ?? 1, to } }, language),
    );
  }
  return labels;
}

/** A code per aging bucket, as in links and bookmarks: 'current', '1-30', …, '91+'. */
export function bucketCodes(bounds: readonly number[] = DEFAULT_DUE_BOUNDS): string[] {
  const codes: string[] = [];
  for (let i = 0; i <= bounds.length; i++) {
    const to = bounds[i];
    const from = i === 0 ? null : (bounds[i - 1] as number) + 1;
    codes.push(
      from === null && to === 0 ? 'current' : to === undefined ? `${from ?? 1}+` : `${from ?? 1}-${to}`,
    );
  }
  return codes;
}

export function statusLabel(code: InvoiceStatusCode, language: Language): string {
  return reasonText({ code: `status.${code}` }, language);
}
