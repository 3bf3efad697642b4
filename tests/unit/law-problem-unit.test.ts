import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseSubmission } from "../../app/lib/forms.server";
import { replyFromLawProblem } from "../../app/lib/law-problem.server";

// A lease the API refused under French law (worker/lib/lease-law-problem.ts) comes back to the form with each
// broken rule's sentence in the page's language, next to its field when the form posted it, else above.

const form = z.object({ renterEmail: z.string(), depositAmount: z.string() });
const submissionOf = () => {
  const posted = new FormData();
  posted.set("renterEmail", "oksana@example.com");
  posted.set("depositAmount", "2550");
  return parseSubmission(posted, form);
};
const request = (lang: string) =>
  new Request("https://rentline.test/apartments/a1", { headers: { cookie: `rl_lang=${lang}` } });
const refused = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/problem+json" } });

/** The 422 the API answers for a furnished lease with three months' deposit and flat charges on no kind that allows it. */
const lawBody = {
  code: "deposit_above_cap",
  detail: "The deposit may not exceed 2 months of rent excluding charges (170000 minor units)",
  errors: [
    {
      path: "depositAmount",
      message: "The deposit may not exceed 2 months of rent excluding charges (170000 minor units)",
      code: "deposit_above_cap",
      params: { capMonths: 2, cap: 170000, deposit: 255000 },
    },
    { path: "chargesMode", message: "Charges on an unfurnished lease…", code: "flat_charges_unfurnished", params: {} },
  ],
};

async function replyOf(res: Response, lang: string) {
  const reply = await replyFromLawProblem(res, submissionOf(), { request: request(lang), currency: "EUR" });
  return { status: reply.init?.status, error: reply.data.result.error ?? {} };
}

describe("a lease refused under French law, in the form", () => {
  it("says the deposit cap in French next to the deposit, as money, and the rule without a field above", async () => {
    const { status, error } = await replyOf(refused(422, lawBody), "fr");
    expect(status).toBe(422);
    expect(error.depositAmount).toEqual([
      expect.stringMatching(
        /^Le dépôt de garantie ne peut dépasser 2 mois de loyer hors charges, soit 1\s700,00\s€\.$/,
      ),
    ]);
    expect(error[""]?.[0]).toMatch(/^Ce bail ne respecte pas la loi française : En location vide, les charges/);
    expect(JSON.stringify(error)).not.toContain("minor units");
  });

  it("in Ukrainian and Hebrew for readers of those", async () => {
    expect((await replyOf(refused(422, lawBody), "uk")).error.depositAmount?.[0]).toMatch(
      /^Гарантійний депозит не може перевищувати .* за 2 місяці/,
    );
    expect((await replyOf(refused(422, lawBody), "he")).error.depositAmount?.[0]).toMatch(
      /^הפיקדון אינו יכול לעלות על שכר דירה של חודשיים/,
    );
  });

  it("leaves any other problem to the one mapper (replyFromProblem)", async () => {
    const { status, error } = await replyOf(refused(409, { code: "email_taken", detail: "Email taken" }), "fr");
    expect(status).toBe(409);
    expect(error.depositAmount).toBeUndefined();
    expect(error[""]?.[0]).toBeTruthy();
  });
});
