import { z } from "zod";
import type { WorkClient } from "./context.server";
import { actionInput, commentInput } from "../../worker/maintenance/contract";
import { readProblem, replyFromProblem } from "./api.server";
import { requestLocale, translate } from "../i18n/translate.server";
import { formMessages, parseSubmission, refused } from "./forms.server";
import { postedFiles } from "./listing-photos.server";

type Api = WorkClient;

/** The API's vendor-link header (worker/maintenance/access.ts `VENDOR_TOKEN_HEADER`). */
const VENDOR_TOKEN_HEADER = "x-vendor-token";

/** The vendor's credential on every call: the token of their page's URL, in the API's header. */
const as = (token: string) => ({ headers: { [VENDOR_TOKEN_HEADER]: token } });

/** The job the vendor link names (GET /vendor-link/maintenance-request, `X-Vendor-Token`): 410 when expired. */
export function readVendorJob(api: Api, token: string) {
  return api["vendor-link"]["maintenance-request"].$get(undefined, as(token));
}

/** Uploads the vendor's photos one by one; their ids and the first refusal, if any. */
async function uploadAsVendor(api: Api, token: string, files: File[], request: Request) {
  const ids: string[] = [];
  for (const file of files) {
    const body = new FormData();
    body.append("file", file, file.name);
    const res = await api["vendor-link"]["maintenance-request"].photos.$post(undefined, {
      ...as(token),
      init: { body },
    });
    if (!res.ok) return { ids, refused: await readProblem(res, request) };
    ids.push((await res.json()).id);
  }
  return { ids, refused: null };
}

const transitionForm = actionInput.pick({ note: true }).extend({ action: z.enum(["start", "resolve"]) });

/**
 * The vendor page's intents: `transition` (start or resolve, with a note) and `comment` (text and photos),
 * each answered to its form; the API checks the link on every call.
 */
export async function vendorAction(api: Api, token: string, form: FormData, request: Request) {
  const locale = requestLocale(request);
  const vendor = api["vendor-link"]["maintenance-request"];
  if (form.get("intent") === "transition") {
    const submission = parseSubmission(form, transitionForm, formMessages({}, locale));
    if (submission.status !== "success") return refused(submission, locale);
    const { action, note } = submission.value;
    const res = await vendor[action].$post({ json: { note } }, as(token));
    if (!res.ok) return replyFromProblem(res, submission, { request, fields: [] });
    return { result: submission.reply({ resetForm: true }) };
  }
  const messages = formMessages({ text: translate(request, "maintenanceRequest")("comments.text") }, locale);
  const submission = parseSubmission(form, commentInput.omit({ photoIds: true }), messages);
  if (submission.status !== "success") return refused(submission, locale);
  const upload = await uploadAsVendor(api, token, postedFiles(form, "photos"), request);
  if (upload.refused) return replyFromProblem(upload.refused, submission, { request, fields: [] });
  const res = await vendor.comments.$post({ json: { ...submission.value, photoIds: upload.ids } }, as(token));
  if (!res.ok) return replyFromProblem(res, submission, { request });
  return { result: submission.reply({ resetForm: true }) };
}
