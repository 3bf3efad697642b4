/**
 * Money: integer amounts in the currency's minor unit plus an ISO 4217 code, never floats. The number of
 * minor-unit digits is the ISO 4217 exponent (EUR 2, JPY 0, KWD 3), from the table below rather than from
 * `Intl` alone: ICU's CLDR data rounds some currencies for display (HUF, IDR, COP show 0 decimals, IQD 0
 * where ISO says 3) and differs between runtimes (workerd, Node, browsers), which would put a 100× gap
 * between what a page shows and what is stored or charged. `Intl` still validates the code and formats,
 * with the fraction digits forced to the exponent. Shared by the worker and the UI.
 *
 * Stripe counts some currencies in other units than ISO (its "zero-decimal" list holds MGA; ISK is sent
 * with two decimals; three-decimal amounts must end in 0): `toStripeAmount` / `fromStripeAmount` are the
 * only bridge, and refuse what Stripe cannot charge exactly.
 */

/** ISO 4217 (list one, 2024) currencies whose exponent is not 2. Every other known code has 2. */
const EXPONENT: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};

/** Whether `code` is a currency this runtime knows (ISO 4217, upper case). */
export function isKnownCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  if (code in EXPONENT) return true;
  try {
    return Intl.supportedValuesOf("currency").includes(code);
  } catch {
    return true;
  }
}

/** The ISO 4217 exponent of `currency` (EUR → 2, JPY → 0, KWD → 3). Throws RangeError for a malformed code. */
export function minorUnitDigits(currency: string): number {
  if (!/^[A-Z]{3}$/.test(currency)) throw new RangeError(`Not a currency code: ${currency}`);
  return EXPONENT[currency] ?? 2;
}

/** Minor units → the amount in major units as a number (85050 EUR → 850.5). For display and Intl only. */
function toMajor(minor: number, currency: string): number {
  return minor / 10 ** minorUnitDigits(currency);
}

/**
 * Currencies whose narrow symbol names one currency only (€, £): shown by it in every language. CLDR writes
 * "540,00 EUR" in Ukrainian where every other screen says "€"; "$" stays "US$"/"CA$" where a locale needs it,
 * so dollars (and currencies whose sign the PDF fonts may lack) keep the default display.
 */
const UNAMBIGUOUS_SYMBOL = new Set(["EUR", "GBP"]);

/** Minor units → a localized amount with its currency ("720,00 €" in fr and uk, "€720.00" in en, "¥85,000"). */
export function formatMoney(minor: number, currency: string, locale = "en"): string {
  const digits = minorUnitDigits(currency);
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    currencyDisplay: UNAMBIGUOUS_SYMBOL.has(currency) ? "narrowSymbol" : "symbol",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(toMajor(minor, currency));
}

/** Currencies Stripe counts in whole units (stripe.com/docs/currencies#zero-decimal). */
const STRIPE_ZERO_DECIMAL = new Set([
  "BIF",
  "CLP",
  "DJF",
  "GNF",
  "JPY",
  "KMF",
  "KRW",
  "MGA",
  "PYG",
  "RWF",
  "UGX",
  "VND",
  "VUV",
  "XAF",
  "XOF",
  "XPF",
]);
/** Currencies Stripe counts in thousandths, charged only in multiples of 10 (stripe.com/docs/currencies#three-decimal). */
const STRIPE_THREE_DECIMAL = new Set(["BHD", "JOD", "KWD", "OMR", "TND"]);

/** How many decimals Stripe's `amount` fields carry for `currency` (ISK: 2, although ISO says 0). */
function stripeDigits(currency: string): number {
  if (STRIPE_ZERO_DECIMAL.has(currency)) return 0;
  if (STRIPE_THREE_DECIMAL.has(currency)) return 3;
  return 2;
}

/**
 * Our minor units → Stripe's `amount` for `currency` (stripe.com/docs/currencies): the same for EUR, JPY and
 * KWD; ×100 for ISK; ÷100 for MGA. Null when Stripe cannot charge exactly that amount (a three-decimal
 * amount not ending in 0, an MGA amount with ariary fractions): the caller refuses rather than round.
 */
export function toStripeAmount(minor: number, currency: string): number | null {
  const code = currency.toUpperCase();
  const shift = stripeDigits(code) - minorUnitDigits(code);
  const amount = shift >= 0 ? minor * 10 ** shift : minor / 10 ** -shift;
  if (!Number.isSafeInteger(amount)) return null;
  if (STRIPE_THREE_DECIMAL.has(code) && amount % 10 !== 0) return null;
  return amount;
}

/**
 * A Stripe `amount` (session, intent, charge, refund, dispute) in its object's `currency` → our minor units
 * (rounded if Stripe's unit is finer). An object without a currency is taken as already in our units.
 */
export function fromStripeAmount(amount: number, currency: string | null | undefined): number {
  if (!currency) return amount;
  const code = currency.toUpperCase();
  const shift = minorUnitDigits(code) - stripeDigits(code);
  return shift >= 0 ? amount * 10 ** shift : Math.round(amount / 10 ** -shift);
}
