import { data, Form, redirect, useNavigation } from "react-router";
import { Alert, FormError } from "../components/alert";
import { Button, linkClass } from "../components/button";
import { SelectField, TextField } from "../components/field";
import { Card } from "../components/page";
import { actionProblem, formFailure, throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { formValues } from "../lib/forms";
import type { Route } from "./+types/dossier";

export const meta: Route.MetaFunction = () => [{ title: "My dossier — Rentline" }];

const KINDS = [
  ["id_card", "ID card or passport"],
  ["proof_of_income", "Proof of income"],
  ["proof_of_study", "Proof of study"],
  ["rib", "Bank details (RIB)"],
  ["visa", "Visa"],
  ["other", "Other"],
] as const;
const PROFILE_FIELDS = [
  "firstName",
  "lastName",
  "phone",
  "birthDate",
  "address",
  "nationality",
  "education",
  "budget",
] as const;

/** The renter's dossier, built once and reused for every application: profile, documents, guarantors. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.me.dossier.$get();
  if (!res.ok) return throwApiError(res, request);
  return res.json();
}

export async function action({ context, request }: Route.ActionArgs) {
  const { api } = getServer(context);
  const url = new URL(request.url);
  const intent = url.searchParams.get("intent");
  if (intent === "upload") {
    // Streamed through to the API untouched: the page never holds the file.
    const guarantorId = url.searchParams.get("guarantor");
    // `init.headers` would replace the client's own (the caller's bearer token): pass the type as `headers`, which merge.
    const init = { body: request.body, duplex: "half" } as RequestInit;
    const headers = { "content-type": request.headers.get("content-type") ?? "" };
    const res = guarantorId
      ? await api.me.guarantors[":id"].documents.$post({ param: { id: guarantorId } }, { init, headers })
      : await api.me.documents.$post({}, { init, headers });
    if (!res.ok)
      return data(
        { problem: (await actionProblem(res, request)).detail, fieldErrors: {}, values: {} as Record<string, string> },
        { status: res.status },
      );
    throw redirect("/dossier?saved=document");
  }
  const values = formValues(await request.formData());
  if (intent === "guarantor") {
    const res = await api.me.guarantors.$post({
      json: { name: values.name ?? "", relationship: values.relationship ?? "", email: values.email || null },
    });
    if (!res.ok) return formFailure(res, request, ["name", "relationship", "email"], { values });
    throw redirect("/dossier?saved=guarantor");
  }
  if (intent === "delete-document" || intent === "delete-guarantor") {
    const res =
      intent === "delete-document"
        ? await api.me.documents[":id"].$delete({ param: { id: values.id ?? "" } })
        : await api.me.guarantors[":id"].$delete({ param: { id: values.id ?? "" } });
    if (!res.ok)
      return data(
        { problem: (await actionProblem(res, request)).detail, fieldErrors: {}, values: {} as Record<string, string> },
        { status: res.status },
      );
    throw redirect("/dossier");
  }
  const budget = values.budget ? Math.round(Number(values.budget.replace(",", ".")) * 100) : null;
  const res = await api.me.profile.$put({
    json: {
      firstName: values.firstName ?? "",
      lastName: values.lastName ?? "",
      phone: values.phone ?? "",
      birthDate: values.birthDate ?? "",
      address: values.address ?? "",
      nationality: values.nationality || null,
      education: values.education || null,
      budgetAmount: budget !== null && Number.isFinite(budget) ? budget : null,
      budgetCurrency: budget !== null ? "EUR" : null,
    },
  });
  if (!res.ok) return formFailure(res, request, PROFILE_FIELDS, { values, aliases: { budgetAmount: "budget" } });
  throw redirect("/dossier?saved=profile");
}

function UploadForm({ guarantorId }: { guarantorId?: string }) {
  return (
    <Form
      method="post"
      encType="multipart/form-data"
      action={`/dossier?intent=upload${guarantorId ? `&guarantor=${guarantorId}` : ""}`}
      className="mt-3 grid gap-3 sm:grid-cols-[1fr_2fr_auto] sm:items-end"
    >
      <SelectField label="Kind" name="kind" defaultValue="id_card">
        {KINDS.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <TextField
        label="File (PDF, JPEG, PNG or DOCX, up to 100 MB)"
        name="file"
        type="file"
        accept=".pdf,.jpg,.jpeg,.png,.docx"
        required
      />
      <Button>Upload</Button>
    </Form>
  );
}

type Doc = { id: string; kind: string; name: string; url: string; size: number };

function DocumentList({ documents }: { documents: Doc[] }) {
  if (!documents.length) return <p className="mt-2 text-sm text-slate-600">No documents yet.</p>;
  return (
    <ul className="mt-2 divide-y divide-slate-200">
      {documents.map((d) => (
        <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
          <span className="min-w-0 break-words">
            <span className="font-medium">{KINDS.find(([k]) => k === d.kind)?.[1] ?? d.kind}</span> —{" "}
            <a href={d.url} className={linkClass} target="_blank" rel="noreferrer">
              {d.name}
            </a>
          </span>
          <Form method="post" action="/dossier?intent=delete-document">
            <input type="hidden" name="id" value={d.id} />
            <Button variant="secondary">Delete</Button>
          </Form>
        </li>
      ))}
    </ul>
  );
}

export default function Dossier({ loaderData, actionData }: Route.ComponentProps) {
  const busy = useNavigation().state === "submitting";
  const { profile, documents, guarantors } = loaderData;
  const p = (profile ?? {}) as Record<string, string | number | null | undefined>;
  const values = {
    ...p,
    budget: typeof p.budgetAmount === "number" ? String(p.budgetAmount / 100) : "",
    ...(actionData?.values ?? {}),
  } as Record<string, string | undefined>;
  const errors = (actionData?.fieldErrors ?? {}) as Record<string, string | undefined>;
  const problem = actionData && "problem" in actionData ? actionData.problem : undefined;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">My dossier</h1>
        <p className="mt-2 text-slate-700">
          Build it once, apply to any listing with it. Landlords see it only when you apply to them.
        </p>
      </div>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <Card title="Profile">
        <Form method="post" className="grid gap-4 sm:grid-cols-2" noValidate>
          <FormError message={actionData && "formError" in actionData ? actionData.formError : undefined} />
          <TextField
            label="First name"
            name="firstName"
            autoComplete="given-name"
            defaultValue={values.firstName}
            error={errors.firstName}
            required
          />
          <TextField
            label="Last name"
            name="lastName"
            autoComplete="family-name"
            defaultValue={values.lastName}
            error={errors.lastName}
            required
          />
          <TextField
            label="Phone"
            name="phone"
            type="tel"
            autoComplete="tel"
            defaultValue={values.phone}
            error={errors.phone}
            required
          />
          <TextField
            label="Birth date"
            name="birthDate"
            type="date"
            autoComplete="bday"
            defaultValue={values.birthDate}
            error={errors.birthDate}
            required
          />
          <TextField
            label="Address"
            name="address"
            autoComplete="street-address"
            defaultValue={values.address}
            error={errors.address}
            className="sm:col-span-2"
            required
          />
          <TextField
            label="Nationality"
            name="nationality"
            defaultValue={values.nationality}
            error={errors.nationality}
          />
          <TextField label="Education" name="education" defaultValue={values.education} error={errors.education} />
          <TextField
            label="Monthly budget (EUR)"
            name="budget"
            inputMode="decimal"
            defaultValue={values.budget}
            error={errors.budget}
          />
          <div className="sm:col-span-2">
            <Button disabled={busy}>Save profile</Button>
          </div>
        </Form>
      </Card>
      <Card title="My documents">
        <DocumentList documents={documents} />
        <UploadForm />
      </Card>
      <Card title="Guarantors" description="People who stand surety for your rent, each with their own documents.">
        {guarantors.map((g) => (
          <section key={g.id} className="mt-4 rounded-md border border-slate-200 p-3">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="font-medium text-slate-900">
                {g.name} <span className="font-normal text-slate-600">({g.relationship})</span>
              </h3>
              <Form method="post" action="/dossier?intent=delete-guarantor">
                <input type="hidden" name="id" value={g.id} />
                <Button variant="secondary">Remove</Button>
              </Form>
            </div>
            <DocumentList documents={g.documents} />
            <UploadForm guarantorId={g.id} />
          </section>
        ))}
        <Form
          method="post"
          action="/dossier?intent=guarantor"
          className="mt-4 grid gap-3 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end"
          noValidate
        >
          <TextField label="Guarantor's name" name="name" error={errors.name} required />
          <TextField
            label="Relationship"
            name="relationship"
            placeholder="mother, employer…"
            error={errors.relationship}
            required
          />
          <TextField label="Email (optional)" name="email" type="email" error={errors.email} />
          <Button>Add guarantor</Button>
        </Form>
      </Card>
    </div>
  );
}
