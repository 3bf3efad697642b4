import { useId } from "react";
import { useLocale, useTranslations } from "use-intl";
import { formatMoney, formatPeriod, formatPeriodShort } from "../../worker/lib/i18n/format";

type Month = { month: string; expected: number; collected: number };

/** Expected vs collected per month as paired bars: plain SVG, scaled to the largest figure, labelled for screen readers. */
export function RentChart({ months, currency }: { months: Month[]; currency: string }) {
  const locale = useLocale();
  const t = useTranslations("ledger.chart");
  // One chart per currency on a page: each names itself with its own title id (ids must be unique).
  const titleId = useId();
  const max = Math.max(1, ...months.flatMap((m) => [m.expected, m.collected]));
  const width = 720;
  const height = 220;
  const pad = { top: 10, bottom: 28, start: 8, end: 8 };
  const slot = (width - pad.start - pad.end) / months.length;
  const bar = Math.max(4, slot / 2 - 4);
  const y = (v: number) => pad.top + (height - pad.top - pad.bottom) * (1 - v / max);
  return (
    <figure>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={titleId}
        className="h-auto w-full"
        data-testid="rent-chart"
      >
        <title id={titleId}>{t("title", { currency })}</title>
        {months.map((m, i) => {
          const month = formatPeriod(m.month, locale);
          const x = pad.start + i * slot + (slot - 2 * bar - 2) / 2;
          return (
            <g key={m.month}>
              <rect
                x={x}
                y={y(m.expected)}
                width={bar}
                height={height - pad.bottom - y(m.expected)}
                className="fill-slate-300"
              >
                <title>{t("expectedBar", { month, amount: formatMoney(m.expected, currency, locale) })}</title>
              </rect>
              <rect
                x={x + bar + 2}
                y={y(m.collected)}
                width={bar}
                height={height - pad.bottom - y(m.collected)}
                className="fill-teal-700"
              >
                <title>{t("collectedBar", { month, amount: formatMoney(m.collected, currency, locale) })}</title>
              </rect>
              <text
                x={pad.start + i * slot + slot / 2}
                y={height - 10}
                textAnchor="middle"
                className="fill-slate-600 text-[11px]"
              >
                {formatPeriodShort(m.month, locale)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 flex gap-4 text-xs text-slate-600">
        <span>
          <span className="me-1 inline-block h-2 w-3 bg-slate-300" />
          {t("expected")}
        </span>
        <span>
          <span className="me-1 inline-block h-2 w-3 bg-teal-700" />
          {t("collected")}
        </span>
      </figcaption>
    </figure>
  );
}
