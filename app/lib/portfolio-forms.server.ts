import { apartmentInput, propertyInput } from "../../worker/portfolio/contract";
import { requestLocale, translate } from "../i18n/translate.server";
import { formMessages, moneyInput } from "./forms.server";

/** The property form: the API's input, in the form's words. */
export { propertyInput };

/** The property form's messages, in the request's language (the `rl_lang` cookie or Accept-Language). */
export function propertyMessages(request: Request) {
  const t = translate(request, "properties");
  return formMessages(
    {
      name: t("errors.name"),
      address: t("errors.address"),
      city: t("errors.city"),
      postalCode: t("errors.postalCode"),
      country: t("errors.country"),
    },
    requestLocale(request),
  );
}

/**
 * The apartment form: the API's input (its property comes from the page), rent typed as money in `currency`
 * (minor units after parsing; the example in the amount message is in the request's language).
 */
export function apartmentForm(currency: string, request?: Request) {
  const rentAmount = moneyInput(currency, request ? requestLocale(request) : "en", apartmentInput.shape.rentAmount);
  return apartmentInput.omit({ propertyId: true }).extend({ rentAmount });
}

/** The apartment form's messages, in the request's language. */
export function apartmentMessages(request: Request) {
  const t = translate(request, "apartments");
  return formMessages(
    {
      unitNumber: t("errors.unitNumber"),
      roomsCount: { required: t("errors.roomsRequired"), tooSmall: t("errors.roomsMin"), tooBig: t("errors.roomsMax") },
      rentAmount: { required: t("errors.rentRequired"), tooBig: t("errors.rentTooBig") },
      currency: t("errors.currency"),
    },
    requestLocale(request),
  );
}
