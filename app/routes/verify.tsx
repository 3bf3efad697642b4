import { data, Form, Link, useActionData, useNavigation } from "react-router";
import { Button, linkClass } from "../components/button";
import { TextField } from "../components/field";
import { getServer } from "../lib/context.server";
import type { Route } from "./+types/verify";

export const meta: Route.MetaFunction = () => [
  { title: "Verify a signed agreement — Rentline" },
  { name: "description", content: "Check that a Rentline rental agreement PDF is genuine and fully signed." },
];

type Verdict = {
  valid: boolean;
  sha256: string;
  reason?: string;
  document?: { title: string; signedAt: string | null; address: string };
  signers?: { name: string; side: string; signedAt: string }[];
};

/** Public: upload a final PDF or paste its SHA-256; the answer is "signed by … on …" or "unknown or altered". */
export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const file = form.get("file");
  const sha256 = String(form.get("sha256") ?? "").trim();
  const { api } = getServer(context);
  let res: Response;
  if (file instanceof File && file.size > 0) {
    res = (await api.verify.$post({ form: { file } } as never)) as unknown as Response;
  } else if (sha256) {
    res = (await api.verify.$post({ json: { sha256 } } as never)) as unknown as Response;
  } else {
    return data({ error: "Choose the PDF, or paste its SHA-256." }, { status: 400 });
  }
  const body = (await res.json()) as Verdict & { detail?: string };
  if (!res.ok) return data({ error: body.detail ?? "Could not check this file" }, { status: res.status });
  return { verdict: body };
}

export default function Verify() {
  const result = useActionData<typeof action>() as { verdict?: Verdict; error?: string } | undefined;
  const busy = useNavigation().state !== "idle";
  const verdict = result?.verdict;
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
        <TextField label="…or its SHA-256" name="sha256" placeholder="64 hexadecimal characters" autoComplete="off" />
        <Button disabled={busy}>Verify</Button>
      </Form>
      {result?.error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {result.error}
        </p>
      )}
      {verdict &&
        (verdict.valid ? (
          <section
            role="status"
            data-testid="verdict"
            className="rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-emerald-950"
          >
            <h2 className="font-semibold">Genuine and fully signed</h2>
            <p className="text-sm">
              {verdict.document?.title}, {verdict.document?.address}. Signed by{" "}
              {verdict.signers?.map((s) => `${s.name} (${s.side}) on ${s.signedAt.slice(0, 10)}`).join(", ")}.
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
        ))}
    </main>
  );
}
