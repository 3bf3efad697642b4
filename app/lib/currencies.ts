/**
 * The currencies the rent forms offer. Amounts convert between "850.00" and integer minor units with
 * worker/lib/money.ts (`parseMoney`, `minorToInput`), which knows each currency's decimals.
 */
export const CURRENCIES = ["EUR", "USD", "GBP", "CHF", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "PLN", "CZK"] as const;
export type Currency = (typeof CURRENCIES)[number];

const BY_REGION: Record<string, Currency> = {
  US: "USD",
  GB: "GBP",
  CH: "CHF",
  CA: "CAD",
  AU: "AUD",
  NZ: "NZD",
  SE: "SEK",
  NO: "NOK",
  DK: "DKK",
  PL: "PLN",
  CZ: "CZK",
};

/** A sensible first choice for a new apartment's rent currency, from the visitor's locale. */
export function currencyForLocale(locale: string): Currency {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return (region && BY_REGION[region]) || "EUR";
  } catch {
    return "EUR";
  }
}

/** Whether `value` is one of the currencies the forms offer. */
export function isCurrency(value: string): value is Currency {
  return (CURRENCIES as readonly string[]).includes(value);
}
