// The weekly report: one printable A4 PDF of the dashboard's figures and the overdue accounts with their
// next steps, in the interface language. Loaded on demand with jsPDF and the embedded font.
import { jsPDF } from 'jspdf';
import { date, integer, money, plural, t } from '../../i18n';
import type { Language } from '../../domain/types';
import type { ClaimTotals } from '../../domain/claimable';
import { bucketLabels } from '../state/labels';
import type { AccountFigures, TimeFigures } from './dashboard-data';
import { days, share, stepText } from './format';
import type { DebtorLine } from '../../charts/debtors';
import { loadFonts } from '../../letters/draw/fonts-browser';

/** The figures of one currency: amounts are never added across currencies. */
export interface ReportSection {
  currency: string;
  time: TimeFigures;
  accounts: AccountFigures;
  /** Every overdue account with its next step (the dashboard shows only the top ten). */
  overdue: DebtorLine[];
}

export interface ReportInput {
  /** One section per currency with something open, the dashboard's shown currency first. */
  sections: ReportSection[];
  asOf: string;
  language: Language;
  company: string;
}

/**
 * The claims a currency's section lists, each in the currency it is in (never added across currencies).
 * A line in another currency (RON invoices' 40 EUR, a Danish seller's kr. on EUR invoices) says only what
 * it holds, and then stands for that claim alone: no zero line in the section's own currency beside it.
 */
export function claimLines(
  claims: readonly ClaimTotals[],
  currency: string,
): { kind: 'interest' | 'compensation'; amount: number; currency: string }[] {
  return (['interest', 'compensation'] as const).flatMap((kind) => {
    const lines = claims.map((c) => ({
      kind,
      currency: c.currency,
      amount: kind === 'interest' ? c.interest.total : c.compensation,
    }));
    const elsewhere = lines.some((l) => l.currency !== currency && l.amount !== 0);
    return lines.filter((l) => l.amount !== 0 || (l.currency === currency && !elsewhere));
  });
}

const FONT = 'DejaVuSans';
const LEFT = 18;
const RIGHT = 192;
const BOTTOM = 280;
/** The height of a table cell's further line, mm (9 pt text). */
const LINE = 4;

export async function weeklyReport(input: ReportInput): Promise<Uint8Array> {
  const fonts = await loadFonts();
  const doc = new jsPDF({ unit: 'mm', format: 'a4' });
  doc.addFileToVFS('DejaVuSans.ttf', fonts.regular);
  doc.addFileToVFS('DejaVuSans-Bold.ttf', fonts.bold);
  doc.addFont('DejaVuSans.ttf', FONT, 'normal');
  doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
  const { sections, language } = input;
  let y = 20;
  const text = (s: string, x: number, size = 9.5, bold = false, align: 'left' | 'right' = 'left') => {
    doc.setFont(FONT, bold ? 'bold' : 'normal');
    doc.setFontSize(size);
    doc.text(s, x, y, { align });
  };
  const room = (needed: number) => {
    if (y + needed <= BOTTOM) return;
    doc.addPage();
    y = 20;
  };
  const heading = (s: string) => {
    room(16);
    y += 4;
    text(s, LEFT, 12, true);
    y += 6;
  };
  /** `s` in lines that fit in `width` (mm) at the table's font: a long name or next step wraps, never cut. */
  const lines = (s: string, width: number | undefined): string[] => {
    doc.setFont(FONT, 'normal');
    doc.setFontSize(9);
    if (!width || doc.getTextWidth(s) <= width) return [s];
    return (doc.splitTextToSize(s, width) as string[]).map((l) => l.trimEnd());
  };
  /** A table: columns at x positions (right-aligned when `right`), header in bold, rule under it. */
  const table = (cols: { title: string; x: number; right?: boolean; width?: number }[], rows: string[][]) => {
    const head = () => {
      cols.forEach((c) => text(c.title, c.x, 8.5, true, c.right ? 'right' : 'left'));
      doc.setDrawColor(160);
      doc.line(LEFT, y + 1.5, RIGHT, y + 1.5);
      y += 6;
    };
    room(14);
    head();
    for (const r of rows) {
      const cells = r.map((cell, i) => lines(cell, cols[i]?.width));
      const extra = (Math.max(1, ...cells.map((l) => l.length)) - 1) * LINE;
      if (y + 5 + extra > BOTTOM) {
        doc.addPage();
        y = 20;
        head();
      }
      const top = y;
      cells.forEach((cellLines, i) => {
        const c = cols[i];
        if (!c) return;
        cellLines.forEach((line, k) => {
          y = top + k * LINE;
          text(line, c.x, 9, false, c.right ? 'right' : 'left');
        });
      });
      y = top + 5 + extra;
    }
  };

  /** The headline figures, aging, forecast and overdue accounts of one currency. */
  function currencySection({ time, accounts, currency, overdue }: ReportSection): void {
    const h = time.headline;
    const m = (minor: number) => money(Math.round(minor), currency);
    const kpis: [string, string][] = [
      [t('dashboard.kpi.open'), `${m(h.open)}  (${plural(h.openCount, 'dashboard.kpi.invoices')})`],
      [t('dashboard.kpi.overdue'), `${m(h.overdue)}  (${plural(h.overdueCount, 'dashboard.kpi.invoices')})`],
      [t('dashboard.kpi.share'), share(h.overdueShare)],
      [
        t('dashboard.kpi.dso'),
        t('dashboard.kpi.days', { days: days(h.dsoCountback) + (h.dsoExhausted ? '+' : '') }),
      ],
      [t('dashboard.kpi.dsoStandard'), h.dso === null ? '—' : t('dashboard.kpi.days', { days: days(h.dso) })],
      [t('dashboard.kpi.cei'), share(h.cei)],
      ...claimLines(accounts.claims, currency).map(({ kind, amount, currency: c }): [string, string] => [
        t(kind === 'interest' ? 'dashboard.claims.interest' : 'dashboard.claims.compensation'),
        money(amount, c),
      ]),
    ];
    for (const [label, value] of kpis) {
      text(label, LEFT, 10);
      text(value, 110, 10, true);
      y += 5.5;
    }

    heading(t('dashboard.aging.title'));
    table(
      [
        { title: t('dashboard.aging.bucket'), x: LEFT },
        { title: t('dashboard.col.open'), x: 120, right: true },
        { title: t('dashboard.col.count'), x: 150, right: true },
      ],
      [
        ...buckets.map((b, i) => [b, m(time.aging.amounts[i] ?? 0), integer(time.aging.counts[i] ?? 0)]),
        [t('dashboard.total'), m(time.aging.total), integer(h.openCount)],
      ],
    );

    heading(t('dashboard.forecast.title'));
    table(
      [
        { title: t('dashboard.forecast.week'), x: LEFT },
        { title: t('dashboard.forecast.expected'), x: 120, right: true },
        { title: t('dashboard.forecast.actual'), x: 160, right: true },
      ],
      accounts.forecast.weeks.map((w) => [
        date(w.from),
        m(w.expected),
        w.actual === null ? '—' : m(w.actual),
      ]),
    );

    heading(t('report.accounts'));
    if (overdue.length === 0) {
      text(t('report.none'), LEFT, 10);
      y += 6;
    } else
      table(
        [
          // A long name or next step ("Betalingspåmindelse (rykker 1) (brev) · Næste tilladt: …") wraps in
          // its column; the headings between keep the room "Plus ancienne (jours)" takes.
          { title: t('dashboard.debtors.customer'), x: LEFT, width: 50 },
          { title: t('dashboard.col.overdue'), x: 98, right: true },
          { title: t('dashboard.debtors.oldest'), x: 140, right: true },
          { title: t('dashboard.debtors.next'), x: 144, width: RIGHT - 144 },
        ],
        overdue.map((l) => [l.name, m(l.overdue), integer(l.oldestDaysLate), stepText(l.next, language)]),
      );
  }

  text(t('report.title'), LEFT, 16, true);
  y += 7;
  text(
    `${input.company ? input.company + ' · ' : ''}${t('report.asOf', {
      date: date(input.asOf),
      currency: sections.map((s) => s.currency).join(', '),
    })}`,
    LEFT,
    10,
  );
  y += 8;

  const buckets = bucketLabels(language);
  sections.forEach((section, i) => {
    if (sections.length > 1) {
      // Each currency from a new page: its figures never read as a continuation of another's.
      if (i > 0) {
        doc.addPage();
        y = 20;
      }
      text(t('report.section', { currency: section.currency }), LEFT, 14, true);
      y += 8;
    }
    currencySection(section);
  });

  const pages = doc.getNumberOfPages();
  for (let p = 1; p <= pages; p++) {
    doc.setPage(p);
    y = 290;
    text(t('report.page', { page: integer(p), pages: integer(pages) }), RIGHT, 8, false, 'right');
  }
  return new Uint8Array(doc.output('arraybuffer'));
}
