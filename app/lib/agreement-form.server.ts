import { z } from "zod";
import { documentView } from "../../worker/documents/contract";
import { formMessages, moneyInput } from "./forms.server";

/** The agreement's fields as the API reads and stores them (`AgreementFields`, worker/documents/contract.ts). */
const agreementFields = documentView.shape.templateFields;
const { rent, deposit, guarantor, freeClauses } = agreementFields.shape;

/**
 * The agreement editor's form: the contract's fields as the page posts them. Amounts are typed as money in
 * the agreement's currency ("850.00" → minor units; blank is 0); checkboxes are absent when unticked (false);
 * special clauses are one per line. The output is the whole `templateFields` the API merges.
 */
export function agreementForm(currency: string) {
  const money = moneyInput(currency).pipe(rent.unwrap().shape.amount.removeDefault()).default(0);
  const ticked = z.boolean().default(false);
  return agreementFields.extend({
    rent: rent.unwrap().extend({ amount: money, charges: money }).prefault({}),
    deposit: deposit.unwrap().extend({ required: ticked, amount: money }).prefault({}),
    guarantor: guarantor.unwrap().extend({ required: ticked }).prefault({}),
    freeClauses: z
      .string()
      .default("")
      .transform((text) =>
        text
          .split("\n")
          .map((line) => line.trim())
          .filter(Boolean),
      )
      .pipe(freeClauses.removeDefault()),
  });
}

export const agreementMessages = formMessages({
  "property.roomsCount": { invalid: "Enter a whole number" },
  "lease.periodMonths": { invalid: "Enter a whole number" },
  "rent.paymentDay": { invalid: "Enter a whole number" },
  "rent.monthsPaidUpFront": { invalid: "Enter a whole number" },
});
