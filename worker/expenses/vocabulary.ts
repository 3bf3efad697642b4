/**
 * The expenses feature's lists, without zod or tables: the screens import them from here, so a page does not
 * ship zod and the API contract to the browser for a list of options (issue 17 §5). ./contract.ts builds its
 * zod enums from them and re-exports them; ./schema.ts its column enum.
 */

/**
 * Expense categories, as a French landlord's bookkeeping sorts them (the lines of the déclaration 2044 of
 * revenus fonciers): repairs and maintenance (travaux de réparation et d'entretien), insurance (primes
 * d'assurance), property tax (taxe foncière), co-ownership charges (charges de copropriété), management fees
 * (frais de gestion), utilities (eau, énergie: charges non récupérées), loan interest (intérêts d'emprunt) and
 * other. Stable codes: the API, the CSV and the UI's translations use them.
 */
export const EXPENSE_CATEGORIES = [
  "repairs_maintenance",
  "insurance",
  "property_tax",
  "coownership_charges",
  "management_fees",
  "utilities",
  "loan_interest",
  "other",
] as const;
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];
