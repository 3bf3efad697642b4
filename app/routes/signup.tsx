import { data, Form, Link, redirect, useNavigation } from "react-router";
import { FormError } from "../components/alert";
import { AuthLayout, Divider, GoogleLink } from "../components/auth-layout";
import { Button, linkClass } from "../components/button";
import { TextField } from "../components/field";
import { formFailure, forwardCookies } from "../lib/api.server";
import { PASSWORD_MIN_LENGTH, signupForm } from "../lib/auth-forms.server";
import { getServer } from "../lib/context.server";
import { orgCookie } from "../lib/cookies.server";
import { formValues, parseForm } from "../lib/forms";
import { safeNext, withNext } from "../lib/safe-next";
import { homePathFor, signedInUser } from "../lib/session.server";
import type { Route } from "./+types/signup";

export const meta: Route.MetaFunction = () => [{ title: "Create your account — Rentline" }];

const FIELDS = ["accountType", "name", "email", "password", "orgName"] as const;

export async function loader({ context, request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const next = url.searchParams.get("next");
  const me = await signedInUser(context);
  if (me) throw redirect(safeNext(next, homePathFor(me)));
  const providers = await getServer(context).api.auth.providers.$get();
  const safe = next ? safeNext(next, "") || null : null;
  return {
    google: providers.ok ? (await providers.json()).google : false,
    next: safe,
    // Invited staff join an existing org: they need no org of their own.
    invitation: Boolean(safe?.startsWith("/invitations/accept")),
    type: url.searchParams.get("type") === "renter" ? ("renter" as const) : ("landlord" as const),
    passwordMinLength: PASSWORD_MIN_LENGTH,
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const values = formValues(await request.formData());
  const parsed = parseForm(signupForm, values);
  if (!parsed.ok) return data(parsed.failure, { status: 400 });
  const res = await getServer(context).api.auth.signup.$post({ json: parsed.data });
  const { password: _, ...kept } = values;
  if (!res.ok) return formFailure(res, request, FIELDS, { values: kept, signedOutPage: true });
  const body = await res.json();
  const headers = forwardCookies(res);
  if (body.org) headers.append("set-cookie", orgCookie(body.org.id));
  const home = body.org ? "/dashboard" : body.user.accountType === "landlord" ? "/onboarding" : "/homes";
  return redirect(safeNext(values.next, home), { headers });
}

function AccountTypeChoice({
  value,
  title,
  description,
  defaultChecked,
}: {
  value: "landlord" | "renter";
  title: string;
  description: string;
  defaultChecked: boolean;
}) {
  return (
    <label
      htmlFor={`account-${value}`}
      className="flex cursor-pointer gap-3 rounded-lg border border-slate-300 p-3 has-checked:border-teal-700 has-checked:bg-teal-50 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-teal-700"
    >
      <input
        id={`account-${value}`}
        type="radio"
        name="accountType"
        value={value}
        defaultChecked={defaultChecked}
        className="mt-1 h-4 w-4 accent-teal-700 focus:outline-none"
      />
      <span>
        <span className="block text-sm font-semibold text-slate-900">{title}</span>
        <span className="block text-sm text-slate-600">{description}</span>
      </span>
    </label>
  );
}

export default function Signup({ loaderData, actionData }: Route.ComponentProps) {
  const { google, next, invitation, type, passwordMinLength } = loaderData;
  const values = actionData?.values ?? {};
  const errors = actionData?.fieldErrors ?? {};
  const chosen = values.accountType === "renter" || values.accountType === "landlord" ? values.accountType : type;
  const busy = useNavigation().state === "submitting";
  return (
    <AuthLayout
      title="Create your account"
      subtitle={
        invitation
          ? "Create an account to accept your invitation. Use the email address the invitation was sent to."
          : "Free to start. No credit card needed."
      }
      footer={
        <>
          Already have an account?{" "}
          <Link to={withNext("/login", next)} className={linkClass}>
            Sign in
          </Link>
        </>
      }
    >
      <Form method="post" className="group space-y-4" noValidate>
        <FormError message={actionData?.formError} />
        {next ? <input type="hidden" name="next" value={next} /> : null}
        {invitation ? (
          <input type="hidden" name="accountType" value="renter" />
        ) : (
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">I am a…</legend>
            <div className="mt-2 grid gap-2 sm:grid-cols-2">
              <AccountTypeChoice
                value="landlord"
                title="Landlord"
                description="I manage rental properties"
                defaultChecked={chosen === "landlord"}
              />
              <AccountTypeChoice
                value="renter"
                title="Renter"
                description="I rent my home"
                defaultChecked={chosen === "renter"}
              />
            </div>
            {errors.accountType ? <p className="mt-1 text-sm font-medium text-red-700">{errors.accountType}</p> : null}
          </fieldset>
        )}
        <TextField
          label="Name"
          name="name"
          autoComplete="name"
          required
          defaultValue={values.name}
          error={errors.name}
        />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={values.email}
          error={errors.email}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={passwordMinLength}
          hint={`At least ${passwordMinLength} characters.`}
          error={errors.password}
        />
        {invitation ? null : (
          // Only landlords name an organization; CSS shows it while "Landlord" is checked, so it works without JavaScript.
          <TextField
            className="hidden group-has-[#account-landlord:checked]:block"
            label="Organization name"
            name="orgName"
            autoComplete="organization"
            defaultValue={values.orgName}
            hint="Your business name, or your own name if you rent out on your own."
            error={errors.orgName}
          />
        )}
        <Button className="w-full" disabled={busy}>
          {busy ? "Creating account…" : "Create account"}
        </Button>
        <p className="text-xs text-slate-500">
          By creating an account you agree to the Rentline terms of service and privacy policy.
        </p>
        {google && !invitation ? (
          <>
            <Divider />
            {/* The Google account type follows the radio above, by CSS, so it is right before JavaScript loads. */}
            <GoogleLink intent="landlord" className="hidden group-has-[#account-landlord:checked]:flex">
              Sign up with Google as a landlord
            </GoogleLink>
            <GoogleLink intent="renter" className="hidden group-has-[#account-renter:checked]:flex">
              Sign up with Google as a renter
            </GoogleLink>
          </>
        ) : null}
      </Form>
    </AuthLayout>
  );
}
