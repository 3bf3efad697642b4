import { profileInput as renterProfileInput } from "../../worker/dossier/contract";
import { minorToInput } from "../../worker/lib/money-input";
import { requestLocale, translate } from "../i18n/translate.server";
import { formMessages, moneyInput } from "./forms.server";

/** The dossier's budget is in euros for now: the page asks for "Monthly budget (EUR)". */
const BUDGET_CURRENCY = "EUR";

/** The renter's details, in the forms' words and the request's language (the profile page and the dossier's profile card). */
export function profileMessages(request: Request) {
  const t = translate(request, "profile");
  return formMessages(
    {
      firstName: t("errors.firstName"),
      lastName: t("errors.lastName"),
      phone: t("errors.phone"),
      birthDate: t("errors.birthDate"),
      address: { required: t("errors.address") },
      budgetAmount: {
        required: t("errors.budget", { example: minorToInput(85000, BUDGET_CURRENCY, requestLocale(request)) }),
      },
    },
    requestLocale(request),
  );
}

/**
 * The dossier's profile card: the renter's details plus nationality, education and a monthly budget typed
 * as money (its message in the request's language). Left blank, those three are cleared (`null`), as the
 * page always did.
 */
export function dossierProfileForm(request: Request) {
  return renterProfileInput
    .omit({ budgetCurrency: true })
    .extend({
      budgetAmount: moneyInput(
        BUDGET_CURRENCY,
        requestLocale(request),
        renterProfileInput.shape.budgetAmount.unwrap().unwrap(),
      ).optional(),
    })
    .transform(({ nationality, education, budgetAmount, ...details }) => ({
      ...details,
      nationality: nationality ?? null,
      education: education ?? null,
      budgetAmount: budgetAmount ?? null,
      budgetCurrency: budgetAmount == null ? null : BUDGET_CURRENCY,
    }));
}
