import type { ServerMessages } from "../shape";

export const problems: ServerMessages["problems"] = {
  invalid_iban: "This IBAN is not valid: check it digit by digit (for example FR76 3000 6000 0112 3456 7890 189).",
  invalid_bic: "This BIC is not valid: it has 8 or 11 characters, for example AGRIFRPP.",
  invalid_siret: "This SIRET number is not valid: it has 14 digits, including a check digit.",
  invalid_postcode: "A French postcode has 5 digits.",
  invalid_country: "Choose a country from the list.",
  invalid_currency: "Choose a currency from the list.",
  invalid_timezone: "Choose a time zone from the list.",
  org_identity_missing:
    "The rent receipt cannot be issued yet: the landlord’s legal name and address have not been entered.",
};
