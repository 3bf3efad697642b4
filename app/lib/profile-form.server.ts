import { profileInput as renterProfileInput } from "../../worker/dossier/contract";
import { formMessages, moneyInput } from "./forms.server";

/** The renter's details, in the forms' words (the profile page and the dossier's profile card). */
export const profileMessages = formMessages({
  firstName: "Enter your first name",
  lastName: "Enter your last name",
  phone: "Enter a phone number",
  birthDate: "Enter your birth date",
  address: { required: "Enter your address" },
  budgetAmount: { required: "Enter an amount like 850.00" },
});

/** The dossier's budget is in euros for now: the page asks for "Monthly budget (EUR)". */
const BUDGET_CURRENCY = "EUR";

/**
 * The dossier's profile card: the renter's details plus nationality, education and a monthly budget typed
 * as money. Left blank, those three are cleared (`null`), as the page always did.
 */
export const dossierProfileForm = renterProfileInput
  .omit({ budgetCurrency: true })
  .extend({
    budgetAmount: moneyInput(BUDGET_CURRENCY).pipe(renterProfileInput.shape.budgetAmount.unwrap().unwrap()).optional(),
  })
  .transform(({ nationality, education, budgetAmount, ...details }) => ({
    ...details,
    nationality: nationality ?? null,
    education: education ?? null,
    budgetAmount: budgetAmount ?? null,
    budgetCurrency: budgetAmount == null ? null : BUDGET_CURRENCY,
  }));
