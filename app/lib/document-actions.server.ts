import { redirect } from "react-router";
import { z } from "zod";
import { ownRenterDetails, signInput } from "../../worker/documents/contract";
import { agreementForm, agreementMessages } from "./agreement-form.server";
import { replyFromProblem } from "./api.server";
import type { ServerContext } from "./context.server";
import { requestLocale, translate } from "../i18n/translate.server";
import { formMessages, parseSubmission, postedCurrency, refused } from "./forms.server";
import { replyFromLawProblem } from "./law-problem.server";

type Api = ServerContext["api"];
type Documents = Api["documents"][":id"];

/** The renter's details and the sign form's messages, in the request's language. */
function messagesFor(request: Request) {
  const t = translate(request, "signing");
  const locale = requestLocale(request);
  return {
    details: formMessages({ name: t("errors.name") }, locale),
    sign: formMessages({ signatureImage: t("errors.signature"), consent: t("errors.consent") }, locale),
  };
}
const button = z.object({ intent: z.enum(["render", "send", "duplicate"]) });

/**
 * The agreement page's intents (app/routes/document.tsx): `save` the fields (landlord), `my-details`
 * (a renter's own entry), `sign`, and the buttons `render`, `send`, `duplicate`. Each answers `{ result }`
 * for its form; a duplicate opens the new agreement.
 */
export async function handleDocumentAction(api: Api, id: string, form: FormData, request: Request) {
  const document = api.documents[":id"];
  const param = { id };
  const locale = requestLocale(request);
  switch (form.get("intent")) {
    case "save": {
      const currency = postedCurrency(form, "rent.currency");
      const submission = parseSubmission(form, agreementForm(currency, locale), agreementMessages(locale));
      if (submission.status !== "success") return refused(submission, requestLocale(request));
      const res = await document.$patch({ param, json: { templateFields: submission.value } });
      if (!res.ok) return replyFromLawProblem(res, submission, { request, prefix: "templateFields.", currency });
      return { result: submission.reply() };
    }
    case "my-details": {
      const submission = parseSubmission(form, ownRenterDetails, messagesFor(request).details);
      if (submission.status !== "success") return refused(submission, requestLocale(request));
      const res = await document["my-details"].$put({ param, json: submission.value });
      return res.ok ? { result: submission.reply() } : replyFromProblem(res, submission, { request });
    }
    case "sign": {
      // The drawn signature (a PNG data URL) is not sent back to the page.
      const hideFields = ["signatureImage"];
      const submission = parseSubmission(form, signInput, messagesFor(request).sign);
      if (submission.status !== "success") return refused(submission, requestLocale(request), hideFields);
      const res = await document.sign.$post({ param, json: submission.value });
      if (!res.ok) return replyFromProblem(res, submission, { request, hideFields });
      return { result: submission.reply({ hideFields }) };
    }
    default:
      return pressButton(document, param, form, request);
  }
}

/** The buttons without fields: generate the PDF, send it for signature, duplicate a signed one for a renewal. */
async function pressButton(document: Documents, param: { id: string }, form: FormData, request: Request) {
  const submission = parseSubmission(form, button);
  if (submission.status !== "success")
    return { result: submission.reply({ formErrors: [translate(request, "signing")("errors.unknownAction")] }) };
  const { intent } = submission.value;
  if (intent === "duplicate") {
    const res = await document.duplicate.$post({ param });
    if (!res.ok) return replyFromProblem(res, submission, { request, fields: [] });
    return redirect(`/documents/${(await res.json()).document.id}`);
  }
  const res = intent === "render" ? await document.render.$post({ param }) : await document.send.$post({ param });
  if (res.ok) return { result: submission.reply() };
  // Sending a French agreement that breaks the law: each rule's sentence, with the deposit cap in its currency.
  return replyFromLawProblem(res, submission, { request, fields: [], currency: postedCurrency(form) });
}
