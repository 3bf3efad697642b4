import { getFormProps, useForm } from "@conform-to/react";
import { Form, Link, useNavigation } from "react-router";
import { z } from "zod";
import { verification, verifyHashInput } from "../../worker/documents/contract";
import { FormError } from "../components/alert";
import { Button, linkClass } from "../components/button";
import { TextField } from "../components/field";
import { replyFromProblem } from "../lib/api.server";
import { getServer, postMultipart } from "../lib/context.server";
import { formErrorOf } from "../lib/forms";
import { parseSubmission } from "../lib/forms.server";
import { formatDate, useLocale } from "../lib/locale";
import type { Route } from "./+types/verify";

export const meta: Route.MetaFunction = () => [
  { title: "Verify a signed agreement — Rentline" },
  { name: "description", content: "Check that a Rentline rental agreement PDF is genuine and fully signed." },
];

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
    return { result: submission.reply({ formErrors: ["Choose the PDF, or paste its SHA-256."] }), verdict: null };
  const res = file ? await postMultipart(api, "/verify", upload(file)) : await byHash(api, sha256 ?? "");
  if (!res.ok) return replyFromProblem(res, submission, { request, signedOutPage: true, fields: ["sha256"] });
  return { result: submission.reply(), verdict: verification.parse(await res.json()) };
}

export default function Verify({ actionData }: Route.ComponentProps) {
  const busy = useNavigation().state !== "idle";
  const [form, fields] = useForm({ lastResult: actionData?.result });
  const verdict = actionData && "verdict" in actionData ? actionData.verdict : null;
  return (
    <main className="mx-auto max-w-2xl space-y-6 p-4 sm:p-6">
      <p>
        <Link to="/" className={linkClass}>
          Rentline
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">Verify a signed agreement</h1>
      <p className="text-sm text-slate-700">
        Upload the final PDF you received, or paste its SHA-256. Nothing you upload is kept.
      </p>
      <Form
        method="post"
        encType="multipart/form-data"
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
        {...getFormProps(form)}
      >
        <div>
          <label htmlFor="verify-file" className="block text-sm font-medium">
            PDF file
          </label>
          <input
            id="verify-file"
            name="file"
            type="file"
            accept="application/pdf"
            className="mt-1 block w-full text-sm"
          />
        </div>
        <TextField
          label="…or its SHA-256"
          field={fields.sha256}
          placeholder="64 hexadecimal characters"
          autoComplete="off"
        />
        <Button disabled={busy}>Verify</Button>
      </Form>
      <FormError message={formErrorOf(actionData?.result)} />
      {verdict && <Verdict verdict={verdict} />}
    </main>
  );
}

type VerdictData = z.infer<typeof verification>;

function Verdict({ verdict }: { verdict: VerdictData }) {
  const locale = useLocale();
  return verdict.valid ? (
    <section
      role="status"
      data-testid="verdict"
      className="rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-emerald-950"
    >
      <h2 className="font-semibold">Genuine and fully signed</h2>
      <p className="text-sm">
        {verdict.document?.title}, {verdict.document?.address}. Signed by{" "}
        {verdict.signers?.map((s) => `${s.name} (${s.side}) on ${formatDate(s.signedAt, locale)}`).join(", ")}.
      </p>
      <p className="mt-2 text-xs break-all">SHA-256 {verdict.sha256}</p>
    </section>
  ) : (
    <section
      role="status"
      data-testid="verdict"
      className="rounded-lg border border-red-200 bg-red-50 p-4 text-red-900"
    >
      <h2 className="font-semibold">Unknown or altered</h2>
      <p className="text-sm">
        {verdict.reason === "not_signed"
          ? "This is an unsigned draft of an agreement, not the signed final PDF."
          : "Rentline has no signed agreement with this exact content. The file may have been changed."}
      </p>
    </section>
  );
}
