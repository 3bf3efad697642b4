import { z } from "zod";
import type { WorkClient } from "./context.server";
import {
  actionInput,
  commentInput,
  costInput,
  patchRequestInput,
  ratingInput,
  vendorInput,
} from "../../worker/maintenance/contract";
import { MAINTENANCE_ACTIONS } from "../../worker/maintenance/contract";
import { replyFromProblem } from "./api.server";
import { requestLocale, translate } from "../i18n/translate.server";
import { formMessages, moneyInput, parseSubmission, postedCurrency, refused } from "./forms.server";
import { decimalInput } from "./decimal-input.server";
import { postedFiles } from "./listing-photos.server";
import { uploadRequestPhotos } from "./maintenance-report.server";

type Api = WorkClient;
const one = (api: Api) => api["maintenance-requests"][":id"];

const transitionForm = actionInput.extend({ action: z.enum(MAINTENANCE_ACTIONS) });
/** "Assign to": one select naming a team member (`user:<id>`) or a vendor (`vendor:<id>`), or nobody (""). */
const patchForm = z.object({
  priority: patchRequestInput.shape.priority.unwrap(),
  assignTo: z
    .string()
    .regex(/^((user|vendor):[\w-]{1,64})?$/)
    .default(""),
});
const commentForm = commentInput.omit({ photoIds: true });

/** The request page's forms' messages, in the request's language. */
function messages(request: Request) {
  const t = translate(request, "maintenanceRequest");
  const locale = requestLocale(request);
  return {
    comment: formMessages({ text: t("comments.text") }, locale),
    rating: formMessages({ stars: t("rating.stars") }, locale),
    other: formMessages({}, locale),
  };
}

/** A lifecycle action (`action`: triage, schedule…, with an optional note and, to schedule, the visit). */
async function transition(api: Api, id: string, form: FormData, request: Request) {
  const submission = parseSubmission(form, transitionForm, messages(request).other);
  if (submission.status !== "success") return refused(submission, requestLocale(request));
  const { action, ...json } = submission.value;
  // The action routes read their optional body themselves (worker/maintenance/action-routes.ts `actionBody`).
  const res = await one(api)[action].$post(
    { param: { id } },
    { init: { body: JSON.stringify(json) }, headers: { "content-type": "application/json" } },
  );
  if (!res.ok) return replyFromProblem(res, submission, { request, prefix: "" });
  return { result: submission.reply({ resetForm: true }) };
}

/** Priority and who does the job: a team member or a vendor (the other is cleared), or nobody. */
async function patch(api: Api, id: string, form: FormData, request: Request) {
  const submission = parseSubmission(form, patchForm, messages(request).other);
  if (submission.status !== "success") return refused(submission, requestLocale(request));
  const { priority, assignTo } = submission.value;
  const [kind, who] = assignTo.split(":");
  const json = {
    priority,
    assigneeUserId: kind === "user" && who ? who : null,
    vendorId: kind === "vendor" && who ? who : null,
  };
  const res = await one(api).$patch({ param: { id }, json });
  if (!res.ok) return replyFromProblem(res, submission, { request, fields: [] });
  const { vendorLink } = await res.json();
  return { result: submission.reply(), vendorLink };
}

/**
 * The assigned vendor's signed link, to copy and send by hand (a vendor without an email gets none): the
 * same vendor set again, which answers the link and emails nobody.
 */
async function vendorLink(api: Api, id: string, form: FormData, request: Request) {
  const submission = parseSubmission(form, z.object({ vendorId: z.string() }), messages(request).other);
  if (submission.status !== "success") return refused(submission, requestLocale(request));
  const res = await one(api).$patch({ param: { id }, json: { vendorId: submission.value.vendorId } });
  if (!res.ok) return replyFromProblem(res, submission, { request, fields: [] });
  return { result: submission.reply(), vendorLink: (await res.json()).vendorLink };
}

/** The vendor already listed when `POST /vendors` answers 409 `vendor_exists` (its `vendorId`), or null. */
async function existingVendor(res: { status: number; clone(): { json(): Promise<unknown> } }) {
  if (res.status !== 409) return null;
  const body: unknown = await res
    .clone()
    .json()
    .catch(() => null);
  const parsed = z.object({ code: z.literal("vendor_exists"), vendorId: z.string() }).safeParse(body);
  return parsed.success ? parsed.data.vendorId : null;
}

/** A comment with photos: the photos are uploaded first, then the comment names them. */
async function comment(api: Api, id: string, form: FormData, request: Request) {
  const submission = parseSubmission(form, commentForm, messages(request).comment);
  if (submission.status !== "success") return refused(submission, requestLocale(request));
  const upload = await uploadRequestPhotos(api, id, postedFiles(form, "photos"), request);
  if (upload.refused) return replyFromProblem(upload.refused, submission, { request, fields: [] });
  const res = await one(api).comments.$post({ param: { id }, json: { ...submission.value, photoIds: upload.ids } });
  if (!res.ok) return replyFromProblem(res, submission, { request });
  return { result: submission.reply({ resetForm: true }) };
}

async function rate(api: Api, id: string, form: FormData, request: Request) {
  const submission = parseSubmission(form, ratingInput, messages(request).rating);
  if (submission.status !== "success") return refused(submission, requestLocale(request));
  const res = await one(api).rating.$post({ param: { id }, json: submission.value });
  if (!res.ok) return replyFromProblem(res, submission, { request });
  return { result: submission.reply() };
}

/**
 * Labour or materials: the amount typed as money in the org's currency (`currency`, a hidden field), the
 * hours as a decimal with either mark ("1,5" or "1.5", any step).
 */
async function logCost(api: Api, id: string, form: FormData, request: Request) {
  const currency = postedCurrency(form);
  const locale = requestLocale(request);
  const amount = moneyInput(currency, locale, costInput.shape.amount);
  const hours = decimalInput(locale, costInput.shape.hours.unwrap()).optional();
  const submission = parseSubmission(form, costInput.extend({ amount, hours }), messages(request).other);
  if (submission.status !== "success") return refused(submission, requestLocale(request));
  const res = await one(api).costs.$post({ param: { id }, json: submission.value });
  if (!res.ok) return replyFromProblem(res, submission, { request });
  return { result: submission.reply({ resetForm: true }) };
}

/**
 * A new vendor (POST /vendors), assigned to this request at once (the vendor is emailed their link, also
 * answered as `vendorLink`). A vendor already listed (409 `vendor_exists`) is assigned instead (`reused`).
 */
async function addVendor(api: Api, id: string, form: FormData, request: Request) {
  const submission = parseSubmission(form, vendorInput, messages(request).other);
  if (submission.status !== "success") return refused(submission, requestLocale(request));
  const created = await api.vendors.$post({ json: submission.value });
  const reused = created.ok ? null : await existingVendor(created);
  if (!created.ok && !reused) return replyFromProblem(created, submission, { request });
  const vendorId = reused ?? (created.ok ? (await created.json()).id : "");
  const res = await one(api).$patch({ param: { id }, json: { vendorId, assigneeUserId: null } });
  if (!res.ok) return replyFromProblem(res, submission, { request, fields: [] });
  return { result: submission.reply({ resetForm: true }), vendorLink: (await res.json()).vendorLink, reused: !!reused };
}

/**
 * The request page's intents, for every reader (the API refuses what the reader may not do): `transition`,
 * `patch` (priority, assignment), `vendor` (create and assign), `vendorLink` (the vendor's link again), `comment` (with photos), `rating`, `cost`.
 * Each answers `{ result }` to its form.
 */
export async function handleRequestAction(api: Api, id: string, form: FormData, request: Request) {
  switch (form.get("intent")) {
    case "transition":
      return transition(api, id, form, request);
    case "patch":
      return patch(api, id, form, request);
    case "vendor":
      return addVendor(api, id, form, request);
    case "vendorLink":
      return vendorLink(api, id, form, request);
    case "comment":
      return comment(api, id, form, request);
    case "rating":
      return rate(api, id, form, request);
    default:
      return logCost(api, id, form, request);
  }
}
