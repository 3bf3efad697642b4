import { data, Form, Link, useNavigation } from "react-router";
import { z } from "zod";
import { Alert, FormError } from "../components/alert";
import { AuthLayout } from "../components/auth-layout";
import { Button, linkClass } from "../components/button";
import { TextField } from "../components/field";
import { formFailure } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { emailField, formValues, parseForm } from "../lib/forms";
import type { Route } from "./+types/forgot-password";

export const meta: Route.MetaFunction = () => [{ title: "Reset your password — Rentline" }];

const schema = z.object({ email: emailField });

export async function action({ context, request }: Route.ActionArgs) {
  const values = formValues(await request.formData());
  const parsed = parseForm(schema, values);
  if (!parsed.ok) return data(parsed.failure, { status: 400 });
  const res = await getServer(context).api.auth["password-reset"].$post({ json: parsed.data });
  if (!res.ok) return formFailure(res, request, ["email"], { values, signedOutPage: true });
  // The same answer whether or not the account exists: this page must not reveal who has an account.
  return { sentTo: parsed.data.email };
}

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const busy = useNavigation().state === "submitting";
  const sentTo = actionData && "sentTo" in actionData ? actionData.sentTo : null;
  const failure = actionData && "fieldErrors" in actionData ? actionData : null;
  return (
    <AuthLayout
      title="Reset your password"
      subtitle="Enter the email address of your account and we will send you a link to choose a new password."
      footer={
        <Link to="/login" className={linkClass}>
          Back to sign in
        </Link>
      }
    >
      {sentTo ? (
        <Alert tone="success" title="Check your inbox">
          If an account exists for {sentTo}, we sent a link to reset its password. The link works once, for one hour.
        </Alert>
      ) : (
        <Form method="post" className="space-y-4" noValidate>
          <FormError message={failure?.formError} />
          <TextField
            label="Email"
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={failure?.values?.email}
            error={failure?.fieldErrors.email}
          />
          <Button className="w-full" disabled={busy}>
            {busy ? "Sending…" : "Send reset link"}
          </Button>
        </Form>
      )}
    </AuthLayout>
  );
}
