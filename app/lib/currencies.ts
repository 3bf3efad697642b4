/**
 * The currencies the rent forms and the search's max rent offer. Nothing picks one from the browser's
 * language: a new apartment is in its org's currency (org settings), search defaults to EUR visibly. Amounts convert between "850.00" and integer minor units with
 * worker/lib/money-input.ts (`parseMoney`, `minorToInput`), which reads each currency's decimals from worker/lib/money.ts.
 */
export const CURRENCIES = ["EUR", "USD", "GBP", "CHF", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "PLN", "CZK"] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Whether `value` is one of the currencies the forms offer. */
export function isCurrency(value: string): value is Currency {
  return (CURRENCIES as readonly string[]).includes(value);
}
