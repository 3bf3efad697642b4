/** Money is integer minor units with a currency; formatting happens only here, at the edge of the UI. */
export function formatMoney(minor: number, currency: string, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(minor / 100);
}

/** "850", "850.5", "850,50" → 85050. Returns null for anything that is not an amount. */
export function parseMoney(input: string): number | null {
  const normalized = input.trim().replace(/\s/g, "").replace(",", ".");
  if (!/^\d+(\.\d{1,2})?$/.test(normalized)) return null;
  return Math.round(Number(normalized) * 100);
}
