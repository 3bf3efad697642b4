import { getFormProps, useForm } from "@conform-to/react";
import { data, Form, useNavigation } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { z } from "zod";
import { banUserInput, type AdminUserView } from "../../worker/admin/contract";
import { isLocale } from "../../worker/lib/i18n/locales";
import { formatDateTime } from "../../worker/lib/i18n/format";
import { Alert, FormError } from "../components/alert";
import { Button } from "../components/button";
import { TextAreaField, TextField } from "../components/field";
import { Card, PageHeader } from "../components/page";
import { readProblem, replyFromProblem, throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { translate, requestLocale } from "../i18n/translate.server";
import { formErrorOf, succeeded } from "../lib/forms";
import { formMessages, parseSubmission, refused } from "../lib/forms.server";
import type { Route } from "./+types/admin-users";

/**
 * /admin/users: platform admins find an account by email, suspend it with a reason or lift the suspension
 * (POST /api/admin/users/{id}/ban | unban, audited in the same batch; a suspension ends the account's
 * sessions and room sockets at once). Everyone else gets the 404 of a page that does not exist.
 */

export const meta: Route.MetaFunction = ({ loaderData }) => [{ title: loaderData?.title }];

/**
 * The account searched for (`?email=`), or why there is none: one API call, which also answers 404 to anyone
 * but a platform admin (the page then does not exist either).
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const t = translate(request, "admin");
  const title = translate(request, "shell")("pageTitle", { title: t("users.title") });
  const email = new URL(request.url).searchParams.get("email")?.trim() ?? "";
  const res = await getServer(context).api.admin.users.$get({ query: email ? { email } : {} });
  if (res.ok) {
    const [found = null] = (await res.json()).results;
    return { title, email, found, notFound: !!email && !found, invalid: false };
  }
  const problem = await readProblem(res, request);
  if (problem.status === 404) throw data(null, { status: 404 });
  if (problem.status === 400) return { title, email, found: null, notFound: false, invalid: true };
  return throwApiError(res, request);
}

const moderation = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("ban"), userId: z.string().min(1).max(64), reason: banUserInput.shape.reason }),
  z.object({ intent: z.literal("unban"), userId: z.string().min(1).max(64) }),
]);

/** Suspends (with a reason) or lifts the suspension of the account named by `userId`. */
export async function action({ context, request }: Route.ActionArgs) {
  const t = translate(request, "admin");
  const submission = parseSubmission(
    await request.formData(),
    moderation,
    formMessages({ reason: t("users.reasonInvalid") }, requestLocale(request)),
  );
  if (submission.status !== "success") return refused(submission);
  const { api } = getServer(context);
  const v = submission.value;
  const res =
    v.intent === "ban"
      ? await api.admin.users[":id"].ban.$post({ param: { id: v.userId }, json: { reason: v.reason } })
      : await api.admin.users[":id"].unban.$post({ param: { id: v.userId } });
  if (!res.ok) return replyFromProblem(res, submission, { request, fields: ["reason"] });
  return { result: submission.reply({ resetForm: true }), intent: v.intent };
}

function History({ user }: { user: AdminUserView }) {
  const t = useTranslations("admin.users");
  const locale = useLocale();
  const at = (iso: string) => formatDateTime(iso, isLocale(locale) ? locale : "fr", "UTC");
  if (user.moderation.length === 0) return <p className="text-sm text-slate-600">{t("historyEmpty")}</p>;
  return (
    <ul className="space-y-2 text-sm">
      {user.moderation.map((m) => (
        <li key={`${m.action}-${m.at}`} className="rounded-md bg-slate-50 px-3 py-2">
          <p className="font-medium text-slate-900">
            {t(m.action === "ban" ? "entryBan" : "entryUnban", { at: at(m.at), by: m.byName ?? t("unknownAdmin") })}
          </p>
          {m.reason ? <p className="mt-1 text-slate-700">{m.reason}</p> : null}
        </li>
      ))}
    </ul>
  );
}

function Moderate({ user, actionData }: { user: AdminUserView; actionData: Route.ComponentProps["actionData"] }) {
  const t = useTranslations("admin.users");
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useForm({ lastResult: actionData?.result });
  if (user.isPlatformAdmin) return <Alert tone="info">{t("platformAdmin")}</Alert>;
  const done = succeeded(actionData?.result) && actionData && "intent" in actionData;
  return (
    <Form method="post" className="space-y-3" {...getFormProps(form)}>
      {done ? (
        <Alert tone="success">
          {t(actionData.intent === "ban" ? "bannedDone" : "unbannedDone", { name: user.name })}
        </Alert>
      ) : null}
      <FormError message={formErrorOf(actionData?.result)} />
      <input type="hidden" name="userId" value={user.id} />
      <h3 className="font-semibold text-slate-900">{user.isBanned ? t("unbanTitle") : t("banTitle")}</h3>
      <p className="text-sm text-slate-600">{user.isBanned ? t("unbanHint") : t("banHint")}</p>
      {user.isBanned ? null : <TextAreaField label={t("reason")} field={fields.reason} rows={3} required />}
      <Button
        name="intent"
        value={user.isBanned ? "unban" : "ban"}
        variant={user.isBanned ? "secondary" : "danger"}
        disabled={busy}
      >
        {busy ? t("working") : user.isBanned ? t("unbanSubmit") : t("banSubmit")}
      </Button>
    </Form>
  );
}

export default function AdminUsers({ loaderData, actionData }: Route.ComponentProps) {
  const { email, found, notFound, invalid } = loaderData;
  const t = useTranslations("admin.users");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <Card>
        <Form method="get" className="flex flex-col gap-3 sm:flex-row sm:items-end">
          <TextField
            label={t("search")}
            name="email"
            type="email"
            defaultValue={email}
            error={invalid ? t("emailInvalid") : undefined}
            className="flex-1"
            required
          />
          <Button>{t("searchSubmit")}</Button>
        </Form>
        {notFound ? (
          <p className="mt-4 text-sm text-slate-700" role="status">
            {t("notFound", { email })}
          </p>
        ) : null}
      </Card>
      {found ? (
        <Card title={found.name} description={found.email}>
          <p className="mb-4">
            <span
              className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${found.isBanned ? "bg-red-50 text-red-900 ring-red-200" : "bg-teal-50 text-teal-900 ring-teal-200"}`}
            >
              {found.isBanned ? t("banned") : t("active")}
            </span>
          </p>
          <div className="grid gap-6 md:grid-cols-2">
            <Moderate key={`${found.id}-${found.isBanned}`} user={found} actionData={actionData} />
            <section>
              <h3 className="mb-2 font-semibold text-slate-900">{t("history")}</h3>
              <History user={found} />
            </section>
          </div>
        </Card>
      ) : null}
    </div>
  );
}
