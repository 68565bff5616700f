// The one module that imports Chart.js: loaded on demand (dynamic import) when a chart is shown, so the
// first screen does not carry it. Each series is drawn with a fill pattern as well as a colour (and
// solid/dashed lines), so the charts read without colour; the numbers are in the table beside each one.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartDataset,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  Legend,
);

const COLOURS = ['#2f6f4f', '#c9a227', '#d9822b', '#c0392b', '#7d3c98', '#34495e'];
type Hatch = 'none' | 'diagonal' | 'dots' | 'cross' | 'vertical' | 'back';
const HATCHES: Hatch[] = ['none', 'diagonal', 'dots', 'cross', 'vertical', 'back'];

function pattern(colour: string, hatch: Hatch): CanvasPattern | string {
  if (hatch === 'none' || typeof document === 'undefined') return colour;
  const c = document.createElement('canvas');
  c.width = c.height = 8;
  const g = c.getContext('2d');
  if (!g) return colour;
  g.fillStyle = colour;
  g.fillRect(0, 0, 8, 8);
  g.strokeStyle = 'rgba(255,255,255,0.85)';
  g.fillStyle = 'rgba(255,255,255,0.85)';
  g.lineWidth = 1.5;
  g.beginPath();
  const segments: Record<Exclude<Hatch, 'none' | 'dots'>, number[][]> = {
    diagonal: [[0, 8, 8, 0]],
    back: [[0, 0, 8, 8]],
    vertical: [[4, 0, 4, 8]],
    cross: [
      [0, 4, 8, 4],
      [4, 0, 4, 8],
    ],
  };
  for (const [x0, y0, x1, y1] of hatch === 'dots' ? [] : segments[hatch]) {
    g.moveTo(x0 ?? 0, y0 ?? 0);
    g.lineTo(x1 ?? 0, y1 ?? 0);
  }
  g.stroke();
  if (hatch === 'dots') g.fillRect(3, 3, 2, 2);
  return g.createPattern(c, 'repeat') ?? colour;
}

/** Fill for the series at `index`: its own colour and its own pattern. */
export function seriesFill(index: number): CanvasPattern | string {
  return pattern(COLOURS[index % COLOURS.length] as string, HATCHES[index % HATCHES.length] as Hatch);
}

export interface Fmt {
  /** An amount in minor units, as tooltips show it. */
  money: (minor: number) => string;
  /** An amount in minor units on an axis (whole units: the ticks need no cents). */
  axis: (minor: number) => string;
  number: (n: number) => string;
}

export interface Drawn {
  destroy: () => void;
}

function make(canvas: HTMLCanvasElement, config: ChartConfiguration): Drawn {
  // Drawn again with new figures (a new as-of date), a chart of the same kind takes the new data and
  // options: creating a Chart.js chart costs several times what updating one does.
  const old = Chart.getChart(canvas);
  if (old && (old.config as { type?: string }).type === config.type) {
    old.data = config.data;
    old.options = config.options ?? {};
    old.update('none');
    return { destroy: () => old.destroy() };
  }
  old?.destroy();
  const chart = new Chart(canvas, config);
  return { destroy: () => chart.destroy() };
}

const base = (locale: string) => ({
  locale,
  animation: false as const,
  responsive: true,
  maintainAspectRatio: false,
});

export interface BarSeries {
  label: string;
  values: number[];
}

/**
 * Stacked bars: one stack per category label, one segment per series. `onSelect(series, category)` is
 * called when a segment is clicked.
 */
export function stackedBars(
  canvas: HTMLCanvasElement,
  opts: {
    locale: string;
    categories: string[];
    series: BarSeries[];
    fmt: Fmt;
    horizontal?: boolean;
    /** Pattern and colour of the first series (so a bucket looks the same on every chart). */
    firstSeries?: number;
    line?: { label: string; values: (number | null)[] };
    onSelect?: (series: number, category: number) => void;
  },
): Drawn {
  const datasets: ChartDataset<'bar' | 'line', (number | null)[]>[] = opts.series.map((s, i) => ({
    type: 'bar' as const,
    label: s.label,
    data: s.values,
    backgroundColor: seriesFill(i + (opts.firstSeries ?? 0)),
    borderColor: COLOURS[(i + (opts.firstSeries ?? 0)) % COLOURS.length],
    borderWidth: 1,
    maxBarThickness: 64,
    stack: 's',
  }));
  if (opts.line)
    datasets.push({
      type: 'line' as const,
      label: opts.line.label,
      data: opts.line.values,
      borderColor: '#111',
      backgroundColor: '#111',
      borderDash: [6, 3],
      pointStyle: 'rectRot',
      pointRadius: 5,
    });
  const valueAxis = {
    stacked: true,
    beginAtZero: true,
    // Amounts with their currency are long ("100.000 RON"): a label keeps clear of the next one by
    // more than Chart.js's 3 px (others are left out), and none is turned on its side.
    ticks: {
      callback: (v: number | string) => opts.fmt.axis(Number(v)),
      autoSkipPadding: 16,
      maxRotation: 0,
    },
  };
  return make(canvas, {
    type: 'bar',
    data: { labels: opts.categories, datasets: datasets as ChartDataset<'bar', number[]>[] },
    // Where each clickable segment is drawn (CSS pixels in the canvas, per series then category), so a
    // test or an automation can click the bar a person would.
    plugins: opts.onSelect
      ? [
          {
            id: 'segments',
            afterRender: (chart) => {
              canvas.dataset.segments = JSON.stringify(
                chart.data.datasets.map((_, i) =>
                  chart.getDatasetMeta(i).data.map((el) => {
                    const c = (el as unknown as BarElement).getCenterPoint();
                    return [Math.round(c.x ?? 0), Math.round(c.y ?? 0)];
                  }),
                ),
              );
            },
          },
        ]
      : [],
    options: {
      ...base(opts.locale),
      indexAxis: opts.horizontal ? 'y' : 'x',
      scales: opts.horizontal
        ? { x: valueAxis, y: { stacked: true } }
        : { x: { stacked: true }, y: valueAxis },
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 18, boxHeight: 12 } },
        tooltip: {
          callbacks: {
            label: (c) => `${c.dataset.label ?? ''}: ${opts.fmt.money(Number(c.raw ?? 0))}`,
          },
        },
      },
      onClick: (_e, elements) => {
        const el = elements[0];
        if (el && opts.onSelect) opts.onSelect(el.datasetIndex, el.index);
      },
      onHover: (e, elements) => {
        const t = e.native?.target as HTMLElement | undefined;
        if (t && opts.onSelect) t.style.cursor = elements.length ? 'pointer' : 'default';
      },
    },
  });
}

/** Lines over time: the first solid, the next dashed, each with its own point shape. */
export function lines(
  canvas: HTMLCanvasElement,
  opts: {
    locale: string;
    categories: string[];
    series: { label: string; values: (number | null)[] }[];
    fmt: Fmt;
  },
): Drawn {
  const dashes = [[], [6, 4], [2, 3]];
  const points = ['circle', 'rect', 'triangle'] as const;
  return make(canvas, {
    type: 'line',
    data: {
      labels: opts.categories,
      datasets: opts.series.map((s, i) => ({
        label: s.label,
        data: s.values,
        borderColor: COLOURS[i % COLOURS.length],
        backgroundColor: COLOURS[i % COLOURS.length],
        borderDash: dashes[i % dashes.length],
        pointStyle: points[i % points.length],
        pointRadius: 3,
        spanGaps: true,
      })),
    },
    options: {
      ...base(opts.locale),
      scales: { y: { beginAtZero: true, ticks: { callback: (v) => opts.fmt.number(Number(v)) } } },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true } },
        tooltip: {
          callbacks: { label: (c) => `${c.dataset.label ?? ''}: ${opts.fmt.number(Number(c.raw ?? 0))}` },
        },
      },
    },
  });
}
