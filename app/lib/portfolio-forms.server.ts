import { apartmentInput, propertyInput } from "../../worker/portfolio/contract";
import { formMessages, moneyInput } from "./forms.server";

/** The property form: the API's input, in the form's words. */
export { propertyInput };
export const propertyMessages = formMessages({
  name: "Enter a name",
  address: "Enter the street address",
  city: "Enter the city",
  postalCode: "Enter the postal code",
  country: "Enter the country",
});

/** The apartment form: the API's input (its property comes from the page), rent typed as money in `currency`. */
export function apartmentForm(currency: string) {
  return apartmentInput
    .omit({ propertyId: true })
    .extend({ rentAmount: moneyInput(currency).pipe(apartmentInput.shape.rentAmount) });
}
export const apartmentMessages = formMessages({
  unitNumber: "Enter the unit number",
  roomsCount: { required: "Enter the number of rooms", tooSmall: "At least 1 room", tooBig: "At most 50 rooms" },
  rentAmount: { required: "Enter an amount like 850.00", tooBig: "That rent is too large" },
  currency: "Choose a currency",
});
