import { getFormProps, useForm } from "@conform-to/react";
import { Form, Link, redirect, useNavigation } from "react-router";
import { useTranslations } from "use-intl";
import type { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "../../worker/auth/passwords";
import { Alert, FormError } from "../components/alert";
import { AuthLayout, Divider, GoogleLink } from "../components/auth-layout";
import { Button, buttonClass, linkClass } from "../components/button";
import { TextField } from "../components/field";
import { forwardCookies, replyFromProblem } from "../lib/api.server";
import { signupInput } from "../../worker/auth/contract";
import { translate, requestLocale } from "../i18n/translate.server";
import { getServer } from "../lib/context.server";
import { languageCookie } from "../lib/cookies.server";
import { formErrorOf } from "../lib/forms";
import { formMessages, parseSubmission, refused } from "../lib/forms.server";
import { canonicalQuery, safeNext, withNext } from "../lib/safe-next";
import { homePathFor, signedInUser } from "../lib/session.server";
import type { Route } from "./+types/signup";
import { translatedMeta } from "../i18n/meta";

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

/** The form's sentences, in the request's language. */
function signupMessages(request: Request) {
  const t = translate(request, "auth");
  return formMessages(
    {
      accountType: t("signup.errors.accountType"),
      name: t("signup.errors.name"),
      email: t("signup.errors.email"),
      password: { required: t("signup.errors.password", { min: PASSWORD_MIN_LENGTH }) },
      orgName: t("signup.errors.orgName"),
    },
    requestLocale(request),
  );
}

/** Signed in already: straight to `next` or home. Otherwise the account type to preselect and the password rule. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const next = url.searchParams.get("next");
  const me = await signedInUser(context);
  if (me) throw redirect(safeNext(next, homePathFor(me)));
  const providers = await getServer(context).api.auth.providers.$get();
  const safe = next ? safeNext(next, "") || null : null;
  return {
    title: translate(request, "shell")("pageTitle", { title: translate(request, "auth")("signup.title") }),
    google: providers.ok ? (await providers.json()).google : false,
    next: safe,
    // Invited staff join an existing org: they need no org of their own.
    invitation: Boolean(safe?.startsWith("/invitations/accept")),
    type: url.searchParams.get("type") === "renter" ? ("renter" as const) : ("landlord" as const),
    passwordMinLength: PASSWORD_MIN_LENGTH,
    // The form posts to this canonical URL (safe next, known type), the same on the server and in the browser:
    // an implicit action would echo the raw query (`next=/%09…`) and differ at hydration.
    formAction: `/signup${canonicalQuery({ next: safe, type: url.searchParams.get("type") === "renter" ? "renter" : null })}`,
  };
}

/**
 * Creates the account (POST /api/auth/signup; a landlord's org with it), then signs in with the same password
 * (POST /api/auth/login) and goes to `next` or the account's home, unverified until the emailed link is
 * followed. The API's answer is the same for an address that already has an account (its owner gets an
 * email); then the sign-in works only with that account's own password, and otherwise the page says to
 * check the inbox. The organization name only counts for landlords; the password never comes back. The
 * account keeps the language the page was shown in (`locale`), so its emails and pages follow it.
 */
export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const locale = requestLocale(request);
  const submission = parseSubmission(form, signupInput, signupMessages(request));
  if (submission.status !== "success") return refused(submission, locale, ["password"]);
  const { orgName, ...account } = submission.value;
  const json = { ...(account.accountType === "landlord" ? { ...account, orgName } : account), locale };
  const { api } = getServer(context);
  const res = await api.auth.signup.$post({ json });
  if (!res.ok) return replyFromProblem(res, submission, { request, signedOutPage: true, hideFields: ["password"] });
  const login = await api.auth.login.$post({ json: { email: account.email, password: account.password } });
  if (!login.ok) return { result: submission.reply({ resetForm: true }), checkInbox: account.email };
  const { user } = await login.json();
  const home = user.accountType === "landlord" ? "/dashboard" : "/homes";
  const headers = forwardCookies(login);
  headers.append("set-cookie", languageCookie(locale));
  return redirect(safeNext(form.get("next"), home), { headers });
}

/** After a sign-up that did not sign in: what to do next, without saying whether the address was known. */
function CheckInbox({ email, next }: { email: string; next: string | null }) {
  const t = useTranslations("auth.signup");
  return (
    <AuthLayout title={t("checkInboxTitle")}>
      <Alert tone="success">
        {t.rich("checkInbox", {
          email,
          strong: (chunks) => (
            <strong>
              <bdi>{chunks}</bdi>
            </strong>
          ),
        })}
      </Alert>
      <div className="mt-6">
        <Link to={withNext("/login", next)} className={buttonClass("primary", "w-full")}>
          {t("signIn")}
        </Link>
      </div>
    </AuthLayout>
  );
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

/** Landlord or renter, as radio cards; CSS reads the choice (the organization field, the Google links). */
function AccountTypeFieldset({ chosen, error }: { chosen: "landlord" | "renter"; error?: string }) {
  const t = useTranslations("auth.signup");
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-800">{t("iAm")}</legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        <AccountTypeChoice
          value="landlord"
          title={t("landlord")}
          description={t("landlordDescription")}
          defaultChecked={chosen === "landlord"}
        />
        <AccountTypeChoice
          value="renter"
          title={t("renter")}
          description={t("renterDescription")}
          defaultChecked={chosen === "renter"}
        />
      </div>
      {error ? <p className="mt-1 text-sm font-medium text-red-700">{error}</p> : null}
    </fieldset>
  );
}

/** The Google account type follows the radio above, by CSS, so it is right before JavaScript loads. */
function GoogleSignup({ next }: { next: string | null }) {
  const t = useTranslations("auth.google");
  return (
    <>
      <Divider />
      <GoogleLink intent="landlord" next={next} className="hidden group-has-[#account-landlord:checked]:flex">
        {t("signUpLandlord")}
      </GoogleLink>
      <GoogleLink intent="renter" next={next} className="hidden group-has-[#account-renter:checked]:flex">
        {t("signUpRenter")}
      </GoogleLink>
    </>
  );
}

export default function Signup({ loaderData, actionData }: Route.ComponentProps) {
  const { google, next, invitation, type, passwordMinLength } = loaderData;
  const [form, fields] = useForm<z.input<typeof signupInput>>({
    lastResult: actionData?.result,
    defaultValue: { accountType: type },
  });
  const chosen = fields.accountType.initialValue === "renter" ? "renter" : "landlord";
  const busy = useNavigation().state === "submitting";
  const t = useTranslations("auth.signup");
  if (actionData && "checkInbox" in actionData && actionData.checkInbox)
    return <CheckInbox email={actionData.checkInbox} next={next} />;
  return (
    <AuthLayout
      title={t("title")}
      subtitle={invitation ? t("invitation") : t("free")}
      footer={
        <>
          {t("haveAccount")}{" "}
          <Link to={withNext("/login", next)} className={linkClass}>
            {t("signIn")}
          </Link>
        </>
      }
    >
      <Form method="post" action={loaderData.formAction} className="group space-y-4" {...getFormProps(form)}>
        <FormError message={formErrorOf(actionData?.result)} />
        {next ? <input type="hidden" name="next" value={next} /> : null}
        {invitation ? (
          <input type="hidden" name="accountType" value="renter" />
        ) : (
          <AccountTypeFieldset chosen={chosen} error={fields.accountType.errors?.[0]} />
        )}
        <TextField label={t("name")} field={fields.name} autoComplete="name" required maxLength={100} />
        <TextField label={t("email")} field={fields.email} type="email" autoComplete="email" required />
        <TextField
          label={t("password")}
          field={fields.password}
          type="password"
          autoComplete="new-password"
          required
          minLength={passwordMinLength}
          hint={t("passwordHint", { min: passwordMinLength })}
        />
        {invitation ? null : (
          // Only landlords name an organization; CSS shows it while "Landlord" is checked, so it works without JavaScript.
          <TextField
            className="hidden group-has-[#account-landlord:checked]:block"
            label={t("orgName")}
            field={fields.orgName}
            autoComplete="organization"
            hint={t("orgNameHint")}
          />
        )}
        <Button className="w-full" disabled={busy}>
          {busy ? t("submitting") : t("submit")}
        </Button>
        <p className="text-xs text-slate-500">
          {t("terms")}{" "}
          <Link to="/privacy" className={linkClass}>
            {t("dataLink")}
          </Link>
        </p>
        {google && !invitation ? <GoogleSignup next={next} /> : null}
      </Form>
    </AuthLayout>
  );
}
