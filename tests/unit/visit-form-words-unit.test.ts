import { describe, expect, it } from "vitest";
import { formMessages, parseSubmission } from "../../app/lib/forms.server";
import { actionInput } from "../../worker/maintenance/contract";

/**
 * Issue 15 (tester): scheduling a visit in French showed the contract's English ("The window must end after it
 * starts") and, for a past day, the range sentence ("entre 1900 et 2200"). The form words both in the page's
 * language; the API keeps its codes (422 `date_out_of_range` for a past day).
 */
function visitForm(date: string, from: string, to: string) {
  const form = new FormData();
  form.set("scheduledFor.date", date);
  form.set("scheduledFor.from", from);
  form.set("scheduledFor.to", to);
  return form;
}

const errorsOf = (form: FormData, locale: "fr" | "en" | "he" | "uk") => {
  const submission = parseSubmission(form, actionInput, formMessages({}, locale));
  return submission.status === "success" ? {} : (submission.reply().error ?? {});
};

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe("the visit form's refusals, in the page's language", () => {
  it("a window that ends before it starts", () => {
    expect(errorsOf(visitForm(inDays(3), "11:00", "09:00"), "fr")["scheduledFor.to"]).toEqual([
      "L’heure de fin doit venir après l’heure de début",
    ]);
    expect(errorsOf(visitForm(inDays(3), "11:00", "09:00"), "uk")["scheduledFor.to"]).toEqual([
      "Час завершення має бути пізніше за час початку",
    ]);
  });

  it("a day that has passed, not the range", () => {
    expect(errorsOf(visitForm(inDays(-12), "09:00", "11:00"), "fr")["scheduledFor.date"]).toEqual([
      "Choisissez une date qui n’est pas encore passée",
    ]);
    expect(errorsOf(visitForm("2400-01-01", "09:00", "11:00"), "en")["scheduledFor.date"]).toEqual([
      "Enter a date between 1900 and 2200",
    ]);
  });
});
