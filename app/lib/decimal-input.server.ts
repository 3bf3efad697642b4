import { z } from "zod";
import { parseDecimal } from "../../worker/lib/decimal";
import type { Locale } from "../../worker/lib/i18n/locales";
import { translator } from "../../worker/lib/i18n/translate";

/**
 * The one form field for a typed decimal quantity that is not money (hours worked, a living area in m², the
 * search's area bounds): "1,5", "1.5", "1 234,5" → a number with at most `decimals` decimals
 * (worker/lib/decimal.ts `parseDecimal`), checked by `bounds` (the contract's number schema, so the API
 * keeps its own checks on numbers). Anything else is refused with the language's sentence ("Saisissez un
 * nombre", "Au plus 1000"; `invalid` words a field's own "not a number"), a field error, never a 500.
 */
export function decimalInput<T extends z.ZodType<unknown, number>>(
  locale: Locale,
  bounds: T,
  { decimals = 2, invalid }: { decimals?: number; invalid?: string } = {},
) {
  const t = translator(locale, "validation");
  return z.string().transform((text, ctx): z.output<T> => {
    const value = parseDecimal(text, locale, decimals);
    const checked = value === null ? null : bounds.safeParse(value);
    if (checked?.success) return checked.data;
    const issue = checked?.error.issues[0];
    const message =
      issue?.code === "too_big"
        ? t("maxNumber", { maximum: Number(issue.maximum) })
        : issue?.code === "too_small"
          ? t("minNumber", { minimum: Number(issue.minimum) })
          : (invalid ?? t("number"));
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  });
}
