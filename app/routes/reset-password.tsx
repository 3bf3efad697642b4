import { data, Form, Link, redirect, useNavigation } from "react-router";
import { z } from "zod";
import { Alert, FormError } from "../components/alert";
import { AuthLayout } from "../components/auth-layout";
import { Button, linkClass } from "../components/button";
import { TextField } from "../components/field";
import { formFailure, forwardCookies } from "../lib/api.server";
import { newPassword, PASSWORD_MIN_LENGTH } from "../lib/auth-forms.server";
import { getServer } from "../lib/context.server";
import { clearedOrgCookie } from "../lib/cookies.server";
import { formValues, parseForm } from "../lib/forms";
import type { Route } from "./+types/reset-password";

export const meta: Route.MetaFunction = () => [{ title: "Choose a new password — Rentline" }];

export function loader({ request }: Route.LoaderArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return { token: token.length >= 10 && token.length <= 200 ? token : null, passwordMinLength: PASSWORD_MIN_LENGTH };
}

const schema = z.object({ token: z.string().min(10).max(200), password: newPassword });

export async function action({ context, request }: Route.ActionArgs) {
  const values = formValues(await request.formData());
  const parsed = parseForm(schema, values);
  if (!parsed.ok) return data(parsed.failure, { status: 400 });
  const res = await getServer(context).api.auth["password-reset"]["confirm"].$post({ json: parsed.data });
  if (!res.ok) return formFailure(res, request, ["password"], { signedOutPage: true });
  // Every session was signed out, this browser's included (the API clears its cookies).
  const headers = forwardCookies(res);
  headers.append("set-cookie", clearedOrgCookie());
  return redirect("/login?reset=done", { headers });
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const { token, passwordMinLength } = loaderData;
  const busy = useNavigation().state === "submitting";
  return (
    <AuthLayout
      title="Choose a new password"
      subtitle="After the change, every device signed in to your account is signed out."
      footer={
        <Link to="/forgot-password" className={linkClass}>
          Ask for a new link
        </Link>
      }
    >
      {token ? (
        <Form method="post" className="space-y-4" noValidate>
          <FormError message={actionData?.formError} />
          <input type="hidden" name="token" value={token} />
          <TextField
            label="New password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={passwordMinLength}
            hint={`At least ${passwordMinLength} characters.`}
            error={actionData?.fieldErrors.password}
          />
          <Button className="w-full" disabled={busy}>
            {busy ? "Saving…" : "Save new password"}
          </Button>
        </Form>
      ) : (
        <Alert tone="warning">
          This reset link is incomplete. Open the link from the email again, or ask for a new one.
        </Alert>
      )}
    </AuthLayout>
  );
}
