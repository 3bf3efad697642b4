import type { Messages } from "../shape";

export const profile: Messages["profile"] = {
  pageTitle: "My details",
  intro: "Your landlords use these details for your lease and rental agreement.",
  saved: "Saved.",
  save: "Save",
  fields: {
    firstName: "First name",
    lastName: "Last name",
    phone: "Phone",
    birthDate: "Birth date",
    address: "Address",
    nationality: "Nationality",
    education: "Education",
    budget: "Monthly budget ({currency})",
  },
  errors: {
    firstName: "Enter your first name",
    lastName: "Enter your last name",
    phone: "Enter a phone number",
    birthDate: "Enter your birth date",
    address: "Enter your address",
    budget: "Enter an amount like {example}",
  },
};
