import { data, Form, Link, redirect, useNavigation } from "react-router";
import { z } from "zod";
import { Alert, FormError } from "../components/alert";
import { AuthLayout, Divider, GoogleLink } from "../components/auth-layout";
import { Button, linkClass } from "../components/button";
import { TextField } from "../components/field";
import { formFailure, forwardCookies } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { emailField, formValues, parseForm } from "../lib/forms";
import { safeNext, withNext } from "../lib/safe-next";
import { homePathFor, signedInUser } from "../lib/session.server";
import type { Route } from "./+types/login";

export const meta: Route.MetaFunction = () => [{ title: "Sign in — Rentline" }];

export async function loader({ context, request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const next = url.searchParams.get("next");
  const me = await signedInUser(context);
  if (me) throw redirect(safeNext(next, homePathFor(me)));
  const providers = await getServer(context).api.auth.providers.$get();
  return {
    google: providers.ok ? (await providers.json()).google : false,
    next: next ? safeNext(next, "") || null : null,
    notice: url.searchParams.get("reset") === "done" ? "Your password was changed. Sign in with the new one." : null,
  };
}

const schema = z.object({ email: emailField, password: z.string().min(1, "Enter your password").max(200) });

export async function action({ context, request }: Route.ActionArgs) {
  const values = formValues(await request.formData());
  const parsed = parseForm(schema, values);
  if (!parsed.ok) return data(parsed.failure, { status: 400 });
  const res = await getServer(context).api.auth.login.$post({ json: parsed.data });
  if (!res.ok)
    return formFailure(res, request, ["email", "password"], {
      values: { email: values.email ?? "" },
      signedOutPage: true,
    });
  return redirect(safeNext(values.next, "/"), { headers: forwardCookies(res) });
}

export default function Login({ loaderData, actionData }: Route.ComponentProps) {
  const { google, next, notice } = loaderData;
  const busy = useNavigation().state === "submitting";
  const invitation = next?.startsWith("/invitations/accept");
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
      <Form method="post" className="space-y-4" noValidate>
        {notice ? <Alert tone="success">{notice}</Alert> : null}
        <FormError message={actionData?.formError} />
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={actionData?.values?.email}
          error={actionData?.fieldErrors.email}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={actionData?.fieldErrors.password}
        />
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
          <GoogleLink intent="renter" />
        </>
      ) : null}
    </AuthLayout>
  );
}
