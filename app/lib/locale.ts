export { useLocale } from "use-intl";

const FALLBACK = "en-US";

/** The visitor's first Accept-Language tag the runtime can format with, for numbers, money and dates. */
export function pickLocale(acceptLanguage: string | null): string {
  for (const part of (acceptLanguage ?? "").split(",")) {
    const tag = part.split(";")[0]?.trim();
    if (!tag || tag === "*") continue;
    try {
      const [supported] = Intl.NumberFormat.supportedLocalesOf([tag]);
      if (supported) return supported;
    } catch {
      // not a well-formed tag: try the next one
    }
  }
  return FALLBACK;
}

/** An ISO-8601 time as date and time in `locale`, in UTC (the same text on the server and in the browser). */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // UTC on both server and browser, so the hydrated text matches the server's.
  // (dateStyle/timeStyle cannot be combined with timeZoneName, hence the separate fields.)
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  }).format(date);
}

/** An ISO date or time as a date in `locale` ("Nov 30, 2026"), in UTC; text that is not a date comes back as is. */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(date);
}
