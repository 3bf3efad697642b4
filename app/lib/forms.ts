import { z } from "zod";
import { CURRENCIES } from "./currencies";
import { parseMoney } from "./money";
import type { FormFailure } from "./api.server";

/** A form's text fields as plain strings (files and repeated keys are not used by these forms). */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form) if (typeof value === "string" && !(key in values)) values[key] = value;
  return values;
}

/** zod over form input: the parsed data, or the messages per field in the shape the forms render. */
export function parseForm<T extends z.ZodType>(
  schema: T,
  values: Record<string, string>,
): { ok: true; data: z.infer<T> } | { ok: false; failure: FormFailure } {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join(".");
    if (!fieldErrors[path]) fieldErrors[path] = issue.message;
  }
  const { password: _, ...safeValues } = values;
  return {
    ok: false,
    failure: { formError: "Please correct the highlighted fields.", fieldErrors, values: safeValues },
  };
}

const required = (label: string, max: number) =>
  z.string().trim().min(1, `Enter ${label}`).max(max, `Use at most ${max} characters`);

export const propertyForm = z.object({
  name: required("a name", 120),
  address: required("the street address", 200),
  city: required("the city", 100),
  postalCode: required("the postal code", 20),
  country: required("the country", 60),
});
export const PROPERTY_FIELDS = ["name", "address", "city", "postalCode", "country"] as const;

export const apartmentForm = z.object({
  unitNumber: required("the unit number", 20),
  roomsCount: z.coerce
    .number({ error: "Enter the number of rooms" })
    .int("Use a whole number")
    .min(1, "At least 1 room")
    .max(50, "At most 50 rooms"),
  // Typed as money ("850.00"); the API stores integer minor units.
  rentAmount: z
    .string()
    .transform((value, ctx) => {
      const minor = parseMoney(value);
      if (minor === null) {
        ctx.addIssue({ code: "custom", message: "Enter an amount like 850.00" });
        return z.NEVER;
      }
      return minor;
    })
    .pipe(z.number().max(100_000_000, "That rent is too large")),
  currency: z.enum(CURRENCIES, { error: "Choose a currency" }),
});
export const APARTMENT_FIELDS = ["unitNumber", "roomsCount", "rentAmount", "currency"] as const;

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address").max(254, "Use at most 254 characters"));
