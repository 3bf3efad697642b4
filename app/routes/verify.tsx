import { getFormProps, useForm } from "@conform-to/react";
import { Form, useNavigation } from "react-router";
import { useTranslations } from "use-intl";
import { z } from "zod";
import { verification, verifyHashInput } from "../../worker/documents/contract";
import { FormError } from "../components/alert";
import { Button } from "../components/button";
import { TextField } from "../components/field";
import { PublicHeader } from "../components/public-header";
import { pageTitle } from "../i18n/page-title.server";
import { translate } from "../i18n/translate.server";
import { replyFromProblem } from "../lib/api.server";
import { getServer, postMultipart } from "../lib/context.server";
import { formErrorOf } from "../lib/forms";
import { parseSubmission } from "../lib/forms.server";
import { formatDateTime } from "../../worker/lib/i18n/format";
import type { Route } from "./+types/verify";
import { translatedMeta } from "../i18n/meta";
import { useFormatLocale } from "../i18n/format-locale";

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

/** Signatures are dated on the clock of France, where Rentline's agreements are signed, labelled. */
const SIGNING_TIME_ZONE = "Europe/Paris";

/** The page title and description, in the request's language. */
export function loader({ request }: Route.LoaderArgs) {
  const t = translate(request, "verify");
  return { title: pageTitle(request, t("pageTitle")), description: t("description") };
}

/** The PDF (uploaded as is) or its SHA-256; one of the two. */
const verifyForm = z.object({ file: z.file().optional(), sha256: verifyHashInput.shape.sha256.optional() });

function upload(file: File): FormData {
  const body = new FormData();
  body.append("file", file);
  return body;
}

/** The hash as JSON. (The typed client wants both bodies of this two-content-type operation; JSON wins.) */
function byHash(api: ReturnType<typeof getServer>["api"], sha256: string) {
  return api.verify.$post({ json: { sha256 }, form: { sha256 } });
}

/** Public: upload a final PDF or paste its SHA-256; the answer is "signed by … on …" or "unknown or altered". */
export async function action({ context, request }: Route.ActionArgs) {
  const { api } = getServer(context);
  const submission = parseSubmission(await request.formData(), verifyForm);
  if (submission.status !== "success") return { result: submission.reply({ hideFields: ["file"] }), verdict: null };
  const { file, sha256 } = submission.value;
  if (!file && !sha256)
    return { result: submission.reply({ formErrors: [translate(request, "verify")("chooseOne")] }), verdict: null };
  const res = file ? await postMultipart(api, "/verify", upload(file)) : await byHash(api, sha256 ?? "");
  if (!res.ok) return replyFromProblem(res, submission, { request, signedOutPage: true, fields: ["sha256"] });
  return { result: submission.reply(), verdict: verification.parse(await res.json()) };
}

export default function Verify({ actionData }: Route.ComponentProps) {
  const busy = useNavigation().state !== "idle";
  const [form, fields] = useForm({ lastResult: actionData?.result });
  const verdict = actionData && "verdict" in actionData ? actionData.verdict : null;
  const t = useTranslations("verify");
  return (
    <>
      <PublicHeader width="max-w-2xl" />
      <main className="mx-auto max-w-2xl space-y-6 p-4 sm:p-6">
        <h1 className="text-2xl font-semibold">{t("pageTitle")}</h1>
        <p className="text-sm text-slate-700">{t("intro")}</p>
        <Form
          method="post"
          encType="multipart/form-data"
          className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
          {...getFormProps(form)}
        >
          <TextField label={t("file")} name="file" id="verify-file" type="file" accept="application/pdf" />
          <TextField label={t("hash")} field={fields.sha256} placeholder={t("hashPlaceholder")} autoComplete="off" />
          <Button disabled={busy}>{t("submit")}</Button>
        </Form>
        <FormError message={formErrorOf(actionData?.result)} />
        {verdict && <Verdict verdict={verdict} />}
      </main>
    </>
  );
}

type VerdictData = z.infer<typeof verification>;

function Verdict({ verdict }: { verdict: VerdictData }) {
  const formatLocale = useFormatLocale();
  const t = useTranslations("verify");
  const signers = (verdict.signers ?? []).map((s) =>
    t("signer", { name: s.name, side: s.side, date: formatDateTime(s.signedAt, formatLocale, SIGNING_TIME_ZONE) }),
  );
  return verdict.valid ? (
    <section
      role="status"
      data-testid="verdict"
      className="rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-emerald-950"
    >
      <h2 className="font-semibold">{t("genuine")}</h2>
      <p className="text-sm">
        {t("signedBy", {
          title: verdict.document?.title ?? "",
          address: verdict.document?.address ?? "",
          signers: new Intl.ListFormat(formatLocale, { type: "conjunction" }).format(signers),
        })}
      </p>
      <p className="mt-2 text-xs break-all">{t("hashLine", { hash: verdict.sha256 })}</p>
    </section>
  ) : (
    <section
      role="status"
      data-testid="verdict"
      className="rounded-lg border border-red-200 bg-red-50 p-4 text-red-900"
    >
      <h2 className="font-semibold">{t("unknown")}</h2>
      <p className="text-sm">{verdict.reason === "not_signed" ? t("notSigned") : t("altered")}</p>
    </section>
  );
}
