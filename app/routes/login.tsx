import { getFormProps, useForm } from "@conform-to/react";
import { Form, Link, redirect, useNavigation } from "react-router";
import { Alert, FormError } from "../components/alert";
import { AuthLayout, Divider, GoogleLink } from "../components/auth-layout";
import { Button, linkClass } from "../components/button";
import { TextField } from "../components/field";
import { forwardCookies, replyFromProblem } from "../lib/api.server";
import { loginInput } from "../../worker/auth/contract";
import { getServer } from "../lib/context.server";
import { formErrorOf } from "../lib/forms";
import { formMessages, parseSubmission, refused } from "../lib/forms.server";
import { safeNext, withNext } from "../lib/safe-next";
import { homePathFor, signedInUser } from "../lib/session.server";
import type { Route } from "./+types/login";

export const meta: Route.MetaFunction = () => [{ title: "Sign in — Rentline" }];

/** Signed in already: straight to `next` or home. Otherwise whether Google sign-in is offered. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const next = url.searchParams.get("next");
  const me = await signedInUser(context);
  if (me) throw redirect(safeNext(next, homePathFor(me)));
  const providers = await getServer(context).api.auth.providers.$get();
  return {
    google: providers.ok ? (await providers.json()).google : false,
    next: next ? safeNext(next, "") || null : null,
    notice:
      url.searchParams.get("reset") === "done"
        ? "Your password was changed. Sign in with the new one."
        : url.searchParams.get("google") === "unverified_account"
          ? "A Rentline account with this address exists but its address is not confirmed yet, so Google sign-in cannot use it. Sign in with its password and confirm the address from the email we sent — or reset the password — then Google sign-in will work."
          : null,
  };
}

const messages = formMessages({ email: "Enter a valid email address", password: "Enter your password" });

/** Signs in (POST /api/auth/login), passes the session cookies on and goes to `next`; the password never comes back. */
export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const submission = parseSubmission(form, loginInput, messages);
  if (submission.status !== "success") return refused(submission, ["password"]);
  const res = await getServer(context).api.auth.login.$post({ json: submission.value });
  if (!res.ok) return replyFromProblem(res, submission, { request, signedOutPage: true, hideFields: ["password"] });
  return redirect(safeNext(form.get("next"), "/"), { headers: forwardCookies(res) });
}

export default function Login({ loaderData, actionData }: Route.ComponentProps) {
  const { google, next, notice } = loaderData;
  const busy = useNavigation().state === "submitting";
  const invitation = next?.startsWith("/invitations/accept");
  const [form, fields] = useForm({ lastResult: actionData?.result });
  return (
    <AuthLayout
      title="Sign in"
      subtitle={invitation ? "Sign in to accept your invitation." : "Welcome back to Rentline."}
      footer={
        <>
          New to Rentline?{" "}
          <Link to={withNext("/signup", next)} className={linkClass}>
            Sign up
          </Link>
        </>
      }
    >
      <Form method="post" className="space-y-4" {...getFormProps(form)}>
        {notice ? <Alert tone="success">{notice}</Alert> : null}
        <FormError message={formErrorOf(actionData?.result)} />
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <TextField label="Email" field={fields.email} type="email" autoComplete="email" required />
        <TextField label="Password" field={fields.password} type="password" autoComplete="current-password" required />
        <div className="flex justify-end">
          <Link to="/forgot-password" className={`text-sm ${linkClass}`}>
            Forgot your password?
          </Link>
        </div>
        <Button className="w-full" disabled={busy}>
          {busy ? "Signing in…" : "Sign in"}
        </Button>
      </Form>
      {google ? (
        <>
          <Divider />
          <GoogleLink intent="renter" next={next} />
        </>
      ) : null}
    </AuthLayout>
  );
}
