import { data } from "react-router";
import { useTranslations } from "use-intl";

import { BankForm, DefaultsForm, IdentityForm, LogoForm } from "../components/org-settings-forms";
import { Card, PageHeader } from "../components/page";
import { requestLocale, translate } from "../i18n/translate.server";
import { replyFromProblem, throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { type FormReply, resultFor, succeeded } from "../lib/forms";
import { countryOptions, currencyOptions, isSection, saveSection, timeZoneOptions } from "../lib/org-settings.server";
import type { Route } from "./+types/settings";
import { useToast } from "../components/ui/toast";
import { ErasureCard } from "../components/erasure-dialog";
import { useShell } from "../lib/shell";

export const meta: Route.MetaFunction = ({ loaderData }) => [{ title: loaderData?.title }];

/**
 * `/settings`: the org's settings, owners only (GET /api/orgs/current/settings answers 403 to anyone else,
 * shown by the error boundary). The lists (countries, currencies, time zones) are named in the page's
 * language on the server, so the browser hydrates the same text.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.orgs.current.settings.$get();
  if (!res.ok) return throwApiError(res, request);
  const settings = await res.json();
  const locale = requestLocale(request);
  const t = translate(request, "orgSettings");
  return {
    title: translate(request, "shell")("pageTitle", { title: t("title") }),
    settings,
    options: {
      countries: countryOptions(locale),
      currencies: currencyOptions(locale),
      timeZones: timeZoneOptions(settings.timezone),
    },
  };
}

/** The logo, streamed through to the API untouched (worker/lib/uploads.ts checks and stores it). */
async function uploadLogo(context: Route.ActionArgs["context"], request: Request) {
  const res = await getServer(context).api.orgs.current.settings.logo.$post(
    {},
    {
      init: { body: request.body, duplex: "half" } as RequestInit,
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    },
  );
  if (!res.ok) return replyFromProblem(res, null, { request, intent: "logo" });
  return data<FormReply>({ result: { status: "success", initialValue: { intent: "logo" } } });
}

/** Intents: `identity`, `bank`, `defaults` (PATCH one section), `logo` (upload, `?intent=logo`), `logo-remove`. */
export async function action({ context, request }: Route.ActionArgs) {
  if (new URL(request.url).searchParams.get("intent") === "logo") return uploadLogo(context, request);
  const { api } = getServer(context);
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "logo-remove") {
    const res = await api.orgs.current.settings.logo.$delete();
    if (!res.ok) return replyFromProblem(res, null, { request, intent });
    return data<FormReply>({ result: { status: "success", initialValue: { intent } } });
  }
  if (!isSection(intent)) throw data(null, { status: 400 });
  return saveSection(form, intent, requestLocale(request), request, (json) =>
    api.orgs.current.settings.$patch({ json }),
  );
}

/** A section's stored values as a React key: a save that changed them remounts its form on them. */
const stored = (settings: Record<string, unknown>, fields: readonly string[]) =>
  JSON.stringify(fields.map((f) => settings[f]));
const IDENTITY = [
  "name",
  "legalName",
  "legalForm",
  "legalKind",
  "companyNumber",
  "street",
  "postalCode",
  "city",
  "addressCountry",
  "contactEmail",
  "contactPhone",
  "emergencyPhone",
] as const;
const BANK = ["bankHolder", "iban", "bic"] as const;
const DEFAULTS = ["locale", "country", "currency", "timezone"] as const;

export default function Settings({ loaderData, actionData }: Route.ComponentProps) {
  const { settings, options } = loaderData;
  const t = useTranslations("orgSettings");
  const { user } = useShell();
  const uploaded = resultFor(actionData, "logo");
  const logo = uploaded ?? resultFor(actionData, "logo-remove");
  useToast(logo, succeeded(logo), uploaded ? t("logo.uploaded") : t("logo.removed"));
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle", { name: settings.name })} />
      <div className="space-y-6">
        <Card title={t("identity.title")} description={t("identity.description")} headingId="identity-heading">
          <IdentityForm
            key={stored(settings, IDENTITY)}
            settings={settings}
            result={resultFor(actionData, "identity")}
            countries={options.countries}
          />
        </Card>
        <Card title={t("bank.title")} description={t("bank.description")} headingId="bank-heading">
          <BankForm key={stored(settings, BANK)} settings={settings} result={resultFor(actionData, "bank")} />
        </Card>
        <Card title={t("logo.title")} description={t("logo.description")} headingId="logo-heading">
          <LogoForm settings={settings} result={logo} />
        </Card>
        <Card title={t("defaults.title")} description={t("defaults.description")} headingId="defaults-heading">
          <DefaultsForm
            key={stored(settings, DEFAULTS)}
            settings={settings}
            result={resultFor(actionData, "defaults")}
            options={options}
          />
        </Card>
        <ErasureCard kind="org" hasPassword={user.hasPassword} />
      </div>
    </>
  );
}
