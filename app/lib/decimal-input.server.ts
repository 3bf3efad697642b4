import { z } from "zod";
import type { Locale } from "../../worker/lib/i18n/locales";
import { translator } from "../../worker/lib/i18n/translate";
import { parseMoney } from "../../worker/lib/money";

/**
 * A typed decimal quantity that is not money (hours worked: "1,5", "1.5", "0.25") → a number with at most two
 * decimals, checked by `bounds` (the contract's number schema, so the API keeps its own checks on numbers).
 * Either decimal mark works in every language, read as money amounts are (worker/lib/money.ts `parseMoney`,
 * with two decimals); anything else is refused with the language's "enter a number".
 */
export function decimalInput<T extends z.ZodType<unknown, number>>(locale: Locale, bounds: T) {
  const t = translator(locale, "validation");
  return z.string().transform((text, ctx): z.output<T> => {
    const hundredths = parseMoney(text, "EUR", locale);
    const checked = hundredths === null ? null : bounds.safeParse(hundredths / 100);
    if (checked?.success) return checked.data;
    const issue = checked?.error.issues[0];
    const message =
      issue?.code === "too_big"
        ? t("maxNumber", { maximum: Number(issue.maximum) })
        : issue?.code === "too_small"
          ? t("minNumber", { minimum: Number(issue.minimum) })
          : t("number");
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  });
}
