import { formatMoney } from "../../worker/lib/money";

type Month = { month: string; expected: number; collected: number };

/** Expected vs collected per month as paired bars: plain SVG, scaled to the largest figure, labelled for screen readers. */
export function RentChart({ months, currency }: { months: Month[]; currency: string }) {
  const max = Math.max(1, ...months.flatMap((m) => [m.expected, m.collected]));
  const width = 720;
  const height = 220;
  const pad = { top: 10, bottom: 28, left: 8, right: 8 };
  const slot = (width - pad.left - pad.right) / months.length;
  const bar = Math.max(4, slot / 2 - 4);
  const y = (v: number) => pad.top + (height - pad.top - pad.bottom) * (1 - v / max);
  return (
    <figure>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="rent-chart-title"
        className="h-auto w-full"
        data-testid="rent-chart"
      >
        <title id="rent-chart-title">{`Expected and collected rent over 12 months, in ${currency}`}</title>
        {months.map((m, i) => {
          const x = pad.left + i * slot + (slot - 2 * bar - 2) / 2;
          return (
            <g key={m.month}>
              <rect
                x={x}
                y={y(m.expected)}
                width={bar}
                height={height - pad.bottom - y(m.expected)}
                className="fill-slate-300"
              >
                <title>{`${m.month}: expected ${formatMoney(m.expected, currency)}`}</title>
              </rect>
              <rect
                x={x + bar + 2}
                y={y(m.collected)}
                width={bar}
                height={height - pad.bottom - y(m.collected)}
                className="fill-teal-700"
              >
                <title>{`${m.month}: collected ${formatMoney(m.collected, currency)}`}</title>
              </rect>
              <text
                x={pad.left + i * slot + slot / 2}
                y={height - 10}
                textAnchor="middle"
                className="fill-slate-600 text-[11px]"
              >
                {m.month.slice(5)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 flex gap-4 text-xs text-slate-600">
        <span>
          <span className="me-1 inline-block h-2 w-3 bg-slate-300" />
          Expected
        </span>
        <span>
          <span className="me-1 inline-block h-2 w-3 bg-teal-700" />
          Collected
        </span>
      </figcaption>
    </figure>
  );
}
