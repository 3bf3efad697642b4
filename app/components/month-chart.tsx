import { useId } from "react";
import { formatPeriodShort } from "../../worker/lib/i18n/format";
import { useFormatLocale } from "../i18n/format-locale";

/** A series' colour: the bar's SVG fill and the legend's swatch. */
const TONES = {
  teal: ["fill-teal-700", "bg-teal-700"],
  lightTeal: ["fill-teal-600", "bg-teal-600"],
  slate: ["fill-slate-300", "bg-slate-300"],
  amber: ["fill-amber-600", "bg-amber-600"],
} as const;

/**
 * One series of a month chart: its name (the legend), colour, one value per month (negatives drawn as 0)
 * and one title per bar (what a screen reader and a hover say: "March 2026: €850.00 collected").
 */
export type ChartSeries = { label: string; tone: keyof typeof TONES; values: number[]; titles: string[] };

const [WIDTH, HEIGHT, PAD] = [720, 180, 8];

/**
 * The app's one month chart (rent, dashboard, owner statement, occupancy): per month a bar for each series
 * side by side, scaled to `max` (default: the largest value), in plain SVG titled `title`. The month labels
 * are HTML under the SVG, so they keep their CSS size (12 px) however small the chart is drawn; when the
 * chart is narrower than 28 rem, every other label is left out (the last month always shown). In Hebrew the
 * months run right to left. With several series, a legend names their colours.
 */
export function MonthChart({
  months,
  series,
  title,
  max,
  testId,
}: {
  months: string[];
  series: ChartSeries[];
  title: string;
  max?: number;
  testId?: string;
}) {
  const titleId = useId();
  const top = Math.max(1, max ?? Math.max(...series.flatMap((s) => s.values)));
  const slot = (WIDTH - 2 * PAD) / Math.max(1, months.length);
  const gap = 2;
  const bar = Math.max(3, Math.min(40, (slot - 8) / series.length - gap));
  const group = series.length * (bar + gap) - gap;
  const h = (v: number) => (HEIGHT - PAD) * (Math.max(0, v) / top);
  return (
    <figure className="@container">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={titleId}
        className="h-auto w-full rtl:-scale-x-100"
        data-testid={testId}
      >
        <title id={titleId}>{title}</title>
        <line x1={0} x2={WIDTH} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} className="stroke-slate-300" />
        {months.map((m, i) => (
          <g key={m}>
            {series.map((s, k) => (
              <rect
                key={s.label}
                x={PAD + i * slot + (slot - group) / 2 + k * (bar + gap)}
                y={HEIGHT - h(s.values[i] ?? 0)}
                width={bar}
                height={h(s.values[i] ?? 0)}
                rx={2}
                className={TONES[s.tone][0]}
              >
                <title>{s.titles[i]}</title>
              </rect>
            ))}
          </g>
        ))}
      </svg>
      <MonthLabels months={months} testId={testId} />
      {series.length > 1 ? (
        <figcaption className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
          {series.map((s) => (
            <span key={s.label} className="inline-flex items-center">
              <span aria-hidden="true" className={`me-1.5 inline-block h-2.5 w-3.5 rounded-sm ${TONES[s.tone][1]}`} />
              {s.label}
            </span>
          ))}
        </figcaption>
      ) : null}
    </figure>
  );
}

/**
 * The month labels under the bars, each centred on its month's slot, at the CSS size (text-xs). Crowded
 * (over 6 months in a chart narrower than 28 rem), every other one is hidden, counting back from the last.
 */
function MonthLabels({ months, testId }: { months: string[]; testId?: string }) {
  const formatLocale = useFormatLocale();
  const crowded = months.length > 6;
  return (
    <div
      aria-hidden="true"
      className="mt-1 grid text-center text-xs text-slate-600"
      style={{
        gridTemplateColumns: `repeat(${months.length}, minmax(0, 1fr))`,
        paddingInline: `${(PAD / WIDTH) * 100}%`,
      }}
      data-testid={testId ? `${testId}-months` : undefined}
    >
      {months.map((m, i) => (
        <span
          key={m}
          className={`whitespace-nowrap ${crowded && (months.length - 1 - i) % 2 ? "@max-md:invisible" : ""}`}
        >
          {formatPeriodShort(m, formatLocale)}
        </span>
      ))}
    </div>
  );
}
