import { data, Form, redirect, useNavigation } from "react-router";
import { z } from "zod";
import { FormError } from "../components/alert";
import { Button } from "../components/button";
import { TextField } from "../components/field";
import { Card } from "../components/page";
import { formFailure, forwardCookies } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { orgCookie } from "../lib/cookies.server";
import { formValues, parseForm } from "../lib/forms";
import { useShell } from "../lib/shell";
import type { Route } from "./+types/onboarding";

export const meta: Route.MetaFunction = () => [{ title: "Set up your organization — Rentline" }];

const schema = z.object({
  orgName: z
    .string()
    .trim()
    .min(1, "Enter the name of your business, or your own name")
    .max(120, "Use at most 120 characters"),
});

/** A landlord account without an org creates one (and becomes its owner), then lands on its dashboard. */
export async function action({ context, request }: Route.ActionArgs) {
  const values = formValues(await request.formData());
  const parsed = parseForm(schema, values);
  if (!parsed.ok) return data(parsed.failure, { status: 400 });
  const res = await getServer(context).api.orgs.$post({ json: { name: parsed.data.orgName } });
  // The API calls the field `name`; on this page it is the "Organization name" input.
  if (!res.ok) return formFailure(res, request, ["orgName"], { values, aliases: { name: "orgName" } });
  const { org } = await res.json();
  // Act in the new org straight away, whatever the current access token still lists.
  const headers = forwardCookies(res);
  headers.append("set-cookie", orgCookie(org.id));
  return redirect("/dashboard", { headers });
}

export default function Onboarding({ actionData }: Route.ComponentProps) {
  const { user, memberships } = useShell();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">
        {memberships.length ? "Create another organization" : `Welcome, ${user.name}`}
      </h1>
      <p className="mt-2 text-slate-700">
        An organization holds your properties, apartments and team. You can invite managers and maintenance staff to it
        later.
      </p>
      <Card className="mt-6">
        <Form method="post" className="space-y-4" noValidate>
          <FormError message={actionData?.formError} />
          <TextField
            label="Organization name"
            name="orgName"
            autoComplete="organization"
            required
            defaultValue={actionData?.values?.orgName}
            hint="Your business name, or your own name if you rent out on your own."
            error={actionData?.fieldErrors.orgName}
          />
          <Button disabled={busy}>{busy ? "Creating…" : "Create organization"}</Button>
        </Form>
      </Card>
    </div>
  );
}

// Errors render inside the app shell, so the navigation (org switcher, sign out) stays usable.
export { RouteErrorBoundary as ErrorBoundary } from "../components/route-error";
