import { Form, useLocation, useNavigation } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { z } from "zod";
import { LOCALE_NAMES, LOCALES } from "../../worker/lib/i18n/locales";
import { Alert } from "../components/alert";
import { Button } from "../components/button";
import { SelectField } from "../components/field";
import { Card, PageHeader } from "../components/page";
import { DataExportCard } from "../components/data-export-card";
import { pageTitle } from "../i18n/page-title.server";
import { translate } from "../i18n/translate.server";
import { replyFromProblem, throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { formErrorOf } from "../lib/forms";
import { parseSubmission } from "../lib/forms.server";
import { useShell } from "../lib/shell";
import { deviceOf } from "../lib/user-agent";
import { formatDateTime } from "../../worker/lib/i18n/format";
import type { Route } from "./+types/account";
import { translatedMeta } from "../i18n/meta";
import { useToast } from "../components/ui/toast";
import { useFormatLocale } from "../i18n/format-locale";
import { ErasureCard } from "../components/erasure-dialog";

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

/** The profile comes from the app shell; this page's one API call lists the active sessions and the data exports. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const { api } = getServer(context);
  const res = await api.me.account.$get();
  if (!res.ok) return throwApiError(res, request);
  const { sessions, exports } = await res.json();
  return { results: sessions, exports, title: pageTitle(request, translate(request, "account")("pageTitle")) };
}

const intent = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("revoke"), sessionId: z.string().min(1).max(64) }),
  z.object({ intent: z.literal("revoke-others") }),
  z.object({ intent: z.literal("export") }),
]);

/**
 * Signs one device out (`revoke`) or every other one (`revoke-others`); the reply says how many went, in
 * the request's language. (The language itself is changed by posting to /language.)
 */
export async function action({ context, request }: Route.ActionArgs) {
  const { api } = getServer(context);
  const t = translate(request, "account");
  const submission = parseSubmission(await request.formData(), intent);
  if (submission.status !== "success")
    return { result: submission.reply({ formErrors: [t("sessions.unknownRequest")] }), notice: null };
  if (submission.value.intent === "export") {
    // "Your data" (issue 16 §3): the ZIP is built on a queue and its link emailed.
    const res = await api.me.exports.$post();
    if (!res.ok) return replyFromProblem(res, submission, { request, fields: [] });
    return { result: submission.reply(), notice: translate(request, "accountExport")("requested") };
  }
  if (submission.value.intent === "revoke") {
    const res = await api.auth.sessions[":id"].$delete({ param: { id: submission.value.sessionId } });
    if (!res.ok) return replyFromProblem(res, submission, { request, fields: [] });
    return { result: submission.reply(), notice: t("sessions.signedOut") };
  }
  const res = await api.auth.sessions["revoke-others"].$post();
  if (!res.ok) return replyFromProblem(res, submission, { request, fields: [] });
  const { revoked } = await res.json();
  return { result: submission.reply(), notice: t("sessions.revoked", { count: revoked }) };
}

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="py-3 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="mt-1 text-sm break-words text-slate-900 sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  );
}

export default function Account({ loaderData, actionData }: Route.ComponentProps) {
  const notice = actionData && "notice" in actionData ? actionData.notice : null;
  useToast(actionData, notice !== null, notice ?? "");
  const t = useTranslations("account");
  // A refused export request is told in its own card, not the sessions one.
  const exportReply = actionData?.result?.initialValue?.intent === "export";
  const { user } = useShell();
  return (
    <>
      <PageHeader title={t("pageTitle")} subtitle={t("subtitle")} />
      <div className="space-y-6">
        <ProfileCard />
        <LanguageCard />
        <Card title={t("sessions.title")} headingId="sessions-heading" description={t("sessions.description")}>
          {formErrorOf(actionData?.result) && !exportReply ? (
            <Alert tone="error" className="mb-4">
              {formErrorOf(actionData?.result)}
            </Alert>
          ) : null}
          <Sessions sessions={loaderData.results} />
        </Card>
        <DataExportCard
          exports={loaderData.exports}
          error={exportReply ? (formErrorOf(actionData?.result) ?? null) : null}
        />
        <ErasureCard kind="account" hasPassword={user.hasPassword} />
      </div>
    </>
  );
}

const badge = "ms-1 inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset";

function ProfileCard() {
  const { user, memberships } = useShell();
  const t = useTranslations("account");
  return (
    <Card title={t("profile")} headingId="profile-heading">
      <dl className="divide-y divide-slate-100">
        <Detail label={t("name")}>{user.name}</Detail>
        <Detail label={t("email")}>
          {user.email}{" "}
          {user.emailVerified ? (
            <span className={`${badge} bg-emerald-50 text-emerald-900 ring-emerald-200`}>{t("confirmed")}</span>
          ) : (
            <span className={`${badge} bg-amber-50 text-amber-900 ring-amber-200`}>{t("notConfirmed")}</span>
          )}
        </Detail>
        <Detail label={t("accountType")}>{user.accountType === "landlord" ? t("landlord") : t("renter")}</Detail>
        <Detail label={t("organizations")}>
          {memberships.length === 0
            ? t("none")
            : memberships
                .map((m) => t("membership", { org: m.orgName, role: m.role, disabled: m.isDisabled ? "yes" : "no" }))
                .join(", ")}
        </Detail>
      </dl>
    </Card>
  );
}

/**
 * The account's language: posts to /language like the header's switcher (the cookie, and the account, so
 * emails follow), coming back here. A plain form with a button: it works before JavaScript loads.
 */
function LanguageCard() {
  const t = useTranslations("account.language");
  const locale = useLocale();
  const { pathname } = useLocation();
  return (
    <Card title={t("title")} headingId="language-heading" description={t("description")}>
      {/* A document submission: the new language's catalogue comes with the reloaded page. */}
      <form method="post" action="/language" className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="next" value={pathname} />
        <SelectField label={t("label")} name="locale" id="account-language" defaultValue={locale} className="min-w-48">
          {LOCALES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LOCALE_NAMES[code]}
            </option>
          ))}
        </SelectField>
        <Button variant="secondary">{t("submit")}</Button>
      </form>
    </Card>
  );
}

/** Sessions are listed on the clock of France (our market), labelled with the zone's offset. */
const SESSION_TIME_ZONE = "Europe/Paris";

function useDevice() {
  const t = useTranslations("account.sessions");
  return (userAgent: string | null) => {
    const { browser, system, raw } = deviceOf(userAgent);
    if (browser && system) return t("device", { browser, system });
    return browser ?? system ?? (raw || t("unknownDevice"));
  };
}

function Sessions({ sessions }: { sessions: Route.ComponentProps["loaderData"]["results"] }) {
  const formatLocale = useFormatLocale();
  const t = useTranslations("account.sessions");
  const device = useDevice();
  const when = (instant: string) => formatDateTime(instant, formatLocale, SESSION_TIME_ZONE);
  const busy = useNavigation().state === "submitting";
  const others = sessions.filter((s) => !s.current);
  return (
    <>
      <ul className="divide-y divide-slate-100">
        {sessions.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <div className="min-w-0">
              <p className="font-medium text-slate-900">
                {device(s.userAgent)}
                {s.current ? (
                  <span className="ms-2 inline-flex rounded-full bg-teal-50 px-2 py-0.5 text-xs font-semibold text-teal-900 ring-1 ring-teal-200 ring-inset">
                    {t("thisDevice")}
                  </span>
                ) : null}
              </p>
              <p className="text-sm text-slate-600">
                {s.ip ? <span dir="ltr">{s.ip}</span> : null}
                {s.ip ? " · " : null}
                {t("activity", { lastActive: when(s.lastUsedAt), since: when(s.createdAt) })}
              </p>
            </div>
            {s.current ? null : (
              <Form method="post">
                <input type="hidden" name="intent" value="revoke" />
                <input type="hidden" name="sessionId" value={s.id} />
                <Button variant="secondary" disabled={busy}>
                  {t("signOut")}
                  <span className="sr-only">
                    {" "}
                    {t("signOutDevice", { device: device(s.userAgent), lastActive: when(s.lastUsedAt) })}
                  </span>
                </Button>
              </Form>
            )}
          </li>
        ))}
      </ul>
      {/* Signing out other devices is offered only when there are some: a red button with nothing to do misleads. */}
      {others.length === 0 ? (
        <p className="mt-4 border-t border-slate-100 pt-4 text-sm text-slate-600">{t("noOthers")}</p>
      ) : (
        <Form method="post" className="mt-4 flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">
          <input type="hidden" name="intent" value="revoke-others" />
          <Button variant="danger" disabled={busy}>
            {t("signOutOthers")}
          </Button>
        </Form>
      )}
    </>
  );
}

// Errors render inside the app shell, so the navigation (org switcher, sign out) stays usable.
export { RouteErrorBoundary as ErrorBoundary } from "../components/route-error";
