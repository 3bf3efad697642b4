import type { Submission } from "@conform-to/react";
import { data } from "react-router";
import { z } from "zod";
import { LEASE_LAW_CODES } from "../../worker/lib/french-lease-law";
import { translate, requestLocale } from "../i18n/translate.server";
import type { FormReply } from "./forms";
import { lawSentences } from "./law-problem.server";
import { translator } from "../../worker/lib/i18n/translate";

/** What the apply page knows of the listing before posting (GET /api/me/checklist). */
type Checked = { items: { path: string; ok: boolean }[]; duration: { min: number; max: number } };

/** Every reason an application would be refused, gathered to be shown together next to their fields. */
export type Refusals = { dossier: string[]; fields: Record<string, string[]> };

/**
 * What the page can tell before asking the API, all at once: each dossier requirement not met (by path, the
 * page words them) and a duration outside the listing's lawful range (French law in France, in months).
 */
export function refusalsBeforeApplying(request: Request, checked: Checked, posted: FormData): Refusals {
  const fields: Record<string, string[]> = {};
  const months = Number(posted.get("durationMonths"));
  const { min, max } = checked.duration;
  if (posted.get("durationMonths") && Number.isInteger(months) && (months < min || months > max))
    fields.durationMonths = [translate(request, "checklist")("durationRange", { min, max })];
  return { dossier: checked.items.filter((i) => !i.ok).map((i) => i.path), fields };
}

const refusedBody = z.object({
  errors: z.array(z.object({ path: z.string(), code: z.string().optional() }).loose()).default([]),
});

/**
 * A 422 `dossier_incomplete` (its JSON `body`) split into what the dossier lacks (paths) and the French
 * lease-law rules the asked term breaks (each rule's sentence in the page's language, next to its field:
 * `durationMonths`).
 */
export function refusalsOfProblem(body: unknown, request: Request, currency: string): Refusals {
  const parsed = refusedBody.safeParse(body);
  const errors = parsed.success ? parsed.data.errors : [];
  const law = new Set<string>(LEASE_LAW_CODES);
  const fields: Record<string, string[]> = {};
  const dossier: string[] = [];
  for (const error of errors)
    if (error.code && law.has(error.code))
      (fields[error.path] ??= []).push(...lawSentences([error], request, currency));
    else dossier.push(error.path);
  return { dossier, fields };
}

/**
 * The refused form's reply with every reason at once: the form's own validation errors, what the dossier
 * lacks (`dossier`, listed above the form) and each field's rule, status 400 (or the API's `status`).
 */
export function refusedTogether(request: Request, submission: Submission<unknown>, refusals: Refusals, status = 400) {
  const t = translate(request, "applications");
  const formErrors = [
    refusals.dossier.length ? t("apply.missing") : translator(requestLocale(request), "problems")("correctFields"),
  ];
  const fieldErrors = { ...refusals.fields, ...(refusals.dossier.length ? { dossier: refusals.dossier } : {}) };
  return data<FormReply>({ result: submission.reply({ formErrors, fieldErrors }) }, { status });
}
