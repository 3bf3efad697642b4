import { getFormProps, useForm } from "@conform-to/react";
import { Form, Link, useNavigation } from "react-router";
import { Alert, FormError } from "../components/alert";
import { AuthLayout } from "../components/auth-layout";
import { Button, linkClass } from "../components/button";
import { TextField } from "../components/field";
import { replyFromProblem } from "../lib/api.server";
import { passwordResetInput } from "../../worker/auth/contract";
import { getServer } from "../lib/context.server";
import { formErrorOf, succeeded } from "../lib/forms";
import { formMessages, parseSubmission, refused } from "../lib/forms.server";
import type { Route } from "./+types/forgot-password";

export const meta: Route.MetaFunction = () => [{ title: "Reset your password — Rentline" }];

const messages = formMessages({ email: "Enter a valid email address" });

/** Asks for a reset link (POST /api/auth/password-reset); the reply's values name the address it went to. */
export async function action({ context, request }: Route.ActionArgs) {
  const submission = parseSubmission(await request.formData(), passwordResetInput, messages);
  if (submission.status !== "success") return refused(submission);
  const res = await getServer(context).api.auth["password-reset"].$post({ json: submission.value });
  if (!res.ok) return replyFromProblem(res, submission, { request, signedOutPage: true });
  // The same answer whether or not the account exists: this page must not reveal who has an account.
  return { result: submission.reply() };
}

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const busy = useNavigation().state === "submitting";
  const result = actionData?.result;
  const [form, fields] = useForm({ lastResult: result });
  const email = result?.initialValue?.email;
  const sentTo = succeeded(result) && typeof email === "string" ? email.trim().toLowerCase() : null;
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
        <Form method="post" className="space-y-4" {...getFormProps(form)}>
          <FormError message={formErrorOf(result)} />
          <TextField label="Email" field={fields.email} type="email" autoComplete="email" required />
          <Button className="w-full" disabled={busy}>
            {busy ? "Sending…" : "Send reset link"}
          </Button>
        </Form>
      )}
    </AuthLayout>
  );
}
