import type { ServerMessages } from "../shape";

export const validation: ServerMessages["validation"] = {
  required: "Fill in this field",
  wholeNumber: "Use a whole number",
  number: "Enter a number",
  minLength: "{minimum, plural, one {Use at least # character} other {Use at least # characters}}",
  maxLength: "{maximum, plural, one {Use at most # character} other {Use at most # characters}}",
  minNumber: "At least {minimum}",
  maxNumber: "At most {maximum}",
  format: "This value is not in a recognised format",
  email: "Enter a valid email address",
  dateRange: "Enter a date between 1900 and 2200",
  date: "Enter a date",
  choose: "Choose one of the options",
  amount: "Enter an amount like {example}",
  placeName: "Enter a place name: at least one letter",
  minAmount: "At least {amount}",
  maxAmount: "At most {amount}",
  datePast: "Choose a date that has not passed yet",
  windowOrder: "The end time must come after the start time",
};
