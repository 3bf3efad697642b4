import type { ServerMessages } from "../shape";

export const validation: ServerMessages["validation"] = {
  required: "Fill in this field",
  wholeNumber: "Use a whole number",
  number: "Enter a number",
  minLength: "{minimum, plural, one {Use at least # character} other {Use at least # characters}}",
  maxLength: "{maximum, plural, one {Use at most # character} other {Use at most # characters}}",
  minNumber: "At least {minimum}",
  maxNumber: "At most {maximum}",
  email: "Enter a valid email address",
  date: "Enter a date",
  choose: "Choose one of the options",
  amount: "Enter an amount like {example}",
};
