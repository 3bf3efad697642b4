import { z } from "zod";
import { EXPENSE_CATEGORIES } from "../../worker/expenses/contract";
import { parseMoney } from "../../worker/lib/money-input";
import { requestLocale, translate } from "../i18n/translate.server";

/**
 * The "record an expense" form as the page posts it (multipart: the receipt rides along), read into the
 * API's `POST /expenses` body: the amount typed as a decimal in the org's currency ("120,50" or "120.50")
 * becomes minor units. Answers the body, or the first message to show in the request's language.
 */
export function readExpenseForm(form: FormData, propertyId: string, currency: string, request: Request) {
  const t = translate(request, "expenses");
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value.trim() : "";
  };
  const category = z.enum(EXPENSE_CATEGORIES).safeParse(text("category"));
  if (!category.success) return { error: t("form.categoryInvalid") } as const;
  const amount = parseMoney(text("amount"), currency, requestLocale(request));
  if (amount === null || amount <= 0) return { error: t("form.amountInvalid") } as const;
  const incurredOn = text("incurredOn");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(incurredOn)) return { error: t("form.dateInvalid") } as const;
  const apartmentId = text("apartmentId");
  const note = text("note");
  const vendorId = text("vendorId");
  return {
    body: {
      propertyId,
      category: category.data,
      amount,
      incurredOn,
      ...(apartmentId ? { apartmentId } : {}),
      ...(note ? { note } : {}),
      ...(vendorId ? { vendorId } : {}),
    },
  } as const;
}

/** The receipt file of the form, if one was chosen. */
export function receiptOf(form: FormData): File | null {
  const file = form.get("receipt");
  return file instanceof File && file.size > 0 ? file : null;
}
