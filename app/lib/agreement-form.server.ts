import { z } from "zod";
import { documentView, MAX_CLAUSE_LENGTH, MAX_CLAUSES } from "../../worker/documents/contract";
import type { Locale } from "../../worker/lib/i18n/locales";
import { translatorFor } from "../i18n/translate.server";
import { ANNEXES } from "../../worker/lib/french-lease-law";
import { formMessages, moneyInput } from "./forms.server";

/** The agreement's fields as the API reads and stores them (`AgreementFields`, worker/documents/contract.ts). */
const agreementFields = documentView.shape.templateFields;
const { rent, deposit, guarantor, freeClauses } = agreementFields.shape;

/**
 * The agreement editor's form: the contract's fields as the page posts them. Amounts are typed as money in
 * the agreement's currency ("850.00" → minor units; blank is 0); checkboxes are absent when unticked (false);
 * special clauses are one per line; the annexes are the ticked boxes (none ticked: no annexes, []). The
 * output is the whole `templateFields` the API merges. Messages are in `locale` (the request's; French, the
 * reference, when not given).
 */
export function agreementForm(currency: string, locale: Locale = "fr") {
  const t = translatorFor(locale, "signing");
  const money = moneyInput(currency, locale, rent.unwrap().shape.amount.removeDefault()).default(0);
  const ticked = z.boolean().default(false);
  return agreementFields.extend({
    rent: rent.unwrap().extend({ amount: money, charges: money }).prefault({}),
    deposit: deposit.unwrap().extend({ required: ticked, amount: money }).prefault({}),
    guarantor: guarantor.unwrap().extend({ required: ticked }).prefault({}),
    annexes: z.array(z.enum(ANNEXES)).max(ANNEXES.length).default([]),
    freeClauses: z
      .string()
      .default("")
      .transform((text) =>
        text
          .split("\n")
          .map((line) => line.trim().normalize("NFC"))
          .filter(Boolean),
      )
      // Said on the textarea itself (the contract's own issues would point at one line of it).
      .superRefine((lines, ctx) => {
        if (lines.length > MAX_CLAUSES)
          ctx.addIssue({ code: "custom", message: t("errors.tooManyClauses", { max: MAX_CLAUSES }) });
        lines.forEach((line, i) => {
          if (line.length > MAX_CLAUSE_LENGTH)
            ctx.addIssue({
              code: "custom",
              message: t("errors.clauseTooLong", { number: i + 1, length: line.length, max: MAX_CLAUSE_LENGTH }),
            });
        });
      })
      .pipe(freeClauses.removeDefault()),
  });
}

/** The agreement form's messages, in `locale`. */
export function agreementMessages(locale: Locale) {
  const wholeNumber = { invalid: translatorFor(locale, "signing")("errors.wholeNumber") };
  return formMessages(
    {
      "property.roomsCount": wholeNumber,
      "lease.periodMonths": wholeNumber,
      "rent.paymentDay": wholeNumber,
      "rent.monthsPaidUpFront": wholeNumber,
    },
    locale,
  );
}
