import { redirect } from "react-router";
import { z } from "zod";
import type { WorkClient } from "./context.server";
import { createRequestInput } from "../../worker/maintenance/contract";
import { readProblem, replyFromProblem } from "./api.server";
import { requestLocale, translate } from "../i18n/translate.server";
import { formMessages, parseSubmission, refused } from "./forms.server";
import { postedFiles } from "./listing-photos.server";

type Api = WorkClient;

/** The contract's input as a form posts it: an unticked "may enter" box posts nothing (false). */
const reportForm = createRequestInput.extend({ entryPermission: z.boolean().default(false) });

/** The report form's messages, in the request's language. */
function reportMessages(request: Request) {
  const t = translate(request, "maintenance");
  return formMessages({ category: t("report.category"), urgency: t("report.urgency") }, requestLocale(request));
}

/**
 * Uploads photos to a request one by one (POST /maintenance-requests/{id}/photos, multipart `file`: the API
 * checks, re-encodes and stores each), for the report itself (`message: "report"`, its reporter) or for a
 * comment about to name them. Answers the stored photos' ids and the first refusal, if any.
 */
export async function uploadRequestPhotos(
  api: Api,
  requestId: string,
  files: File[],
  request: Request,
  message: "report" | "comment" = "comment",
) {
  const ids: string[] = [];
  for (const file of files) {
    const body = new FormData();
    body.append("message", message);
    body.append("file", file, file.name);
    const res = await api["maintenance-requests"][":id"].photos.$post({ param: { id: requestId } }, { init: { body } });
    if (!res.ok) return { ids, refused: await readProblem(res, request), left: files.length - ids.length };
    ids.push((await res.json()).id);
  }
  return { ids, refused: null, left: 0 };
}

/**
 * A new maintenance request on an apartment (POST /apartments/{id}/maintenance-requests), then its photos
 * (field `photos`, several). On success, to the request's page (`base`: `/repairs` for the renter,
 * `/maintenance` for staff) with `?done=report` (and `photos=<n>&reason=` when some photos were refused: the
 * request exists, the page says which part failed). A refused request answers the form with its errors.
 */
export async function reportRequest(api: Api, apartmentId: string, form: FormData, request: Request, base: string) {
  const submission = parseSubmission(form, reportForm, reportMessages(request));
  if (submission.status !== "success") return refused(submission, requestLocale(request));
  const res = await api.apartments[":id"]["maintenance-requests"].$post({
    param: { id: apartmentId },
    json: submission.value,
  });
  if (!res.ok) return replyFromProblem(res, submission, { request });
  const { request: created } = await res.json();
  const upload = await uploadRequestPhotos(api, created.id, postedFiles(form, "photos"), request, "report");
  const query = new URLSearchParams({ done: "report" });
  if (upload.refused) {
    query.set("photos", String(upload.left));
    query.set("reason", upload.refused.detail);
  }
  return redirect(`${base}/${created.id}?${query}`);
}
