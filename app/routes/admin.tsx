import { useLocale, useTranslations } from "use-intl";
import type { AdminUserView } from "../../worker/admin/contract";
import { formatDateTime } from "../../worker/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale } from "../../worker/lib/i18n/locales";
import { AdminConsole, Pager, Pill } from "../components/admin/console";
import { ReasonDialog } from "../components/admin/reason-dialog";
import { translate } from "../i18n/translate.server";
import { adminAction, adminSearchOf, refusedAdminRead } from "../lib/admin.server";
import { getServer } from "../lib/context.server";
import type { Route } from "./+types/admin";

/**
 * /admin: the platform admin console's accounts (issue 16 §1). Search by name or email (GET
 * /api/admin/users), each account with its organizations, leases and applications; suspend one with a
 * reason or lift the suspension (the reason dialog). Anyone but a platform admin gets the ordinary 404 page:
 * the API answers 404 and so does the page. Other sections: admin-listings.tsx, admin-orgs.tsx.
 */

export const meta: Route.MetaFunction = ({ loaderData }) => [{ title: loaderData?.title }];

/** One page of accounts matching `?q=` (one API call, which is also the platform-admin check). */
export async function loader({ context, request }: Route.LoaderArgs) {
  const title = translate(request, "shell")("pageTitle", { title: translate(request, "admin")("tabs.users") });
  const { q, page } = adminSearchOf(request);
  const res = await getServer(context).api.admin.users.$get({ query: { ...(q ? { q } : {}), page } });
  if (!res.ok) return refusedAdminRead(res, request);
  return { title, q, found: await res.json() };
}

/** Suspends (`intent=ban`) or lifts the suspension of (`intent=unban`) the account `id`, with the reason. */
export async function action({ context, request }: Route.ActionArgs) {
  const { api } = getServer(context);
  return adminAction(request, ({ intent, id, reason }) => {
    const users = api.admin.users[":id"];
    if (intent === "ban") return users.ban.$post({ param: { id }, json: { reason } });
    if (intent === "unban") return users.unban.$post({ param: { id }, json: { reason } });
    return Promise.resolve(null);
  });
}

function UserRow({ user }: { user: AdminUserView }) {
  const t = useTranslations("admin.users");
  const tag = useLocale();
  const at = (iso: string) => formatDateTime(iso, isLocale(tag) ? tag : DEFAULT_LOCALE, "UTC");
  const banned = user.status === "banned";
  return (
    <li className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start sm:justify-between" data-testid="admin-user">
      <div className="min-w-0 space-y-1">
        <p className="flex flex-wrap items-center gap-2">
          <span className="font-semibold break-words text-slate-900">{user.name}</span>
          <Pill tone={banned ? "bad" : "good"}>{banned ? t("banned") : t("active")}</Pill>
          {user.isPlatformAdmin ? <Pill tone="neutral">{t("platformAdmin")}</Pill> : null}
        </p>
        <p className="text-sm break-all text-slate-700" dir="ltr">
          {user.email}
        </p>
        <p className="text-sm text-slate-600">
          {t(`accountType.${user.accountType}`)} · {t("leases", { count: user.leasesCount })} ·{" "}
          {t("applications", { count: user.applicationsCount })}
        </p>
        <p className="text-sm text-slate-600">
          {user.memberships.length
            ? t("memberships", {
                list: user.memberships
                  .map((m) => t("membership", { org: m.orgName, role: t(`role.${m.role}`) }))
                  .join(", "),
              })
            : t("noMemberships")}
        </p>
        {banned && user.bannedAt ? (
          <p className="text-sm break-words text-red-900">
            {t("bannedBecause", { at: at(user.bannedAt), reason: user.banReason ?? "" })}
          </p>
        ) : null}
      </div>
      {user.isPlatformAdmin ? null : banned ? (
        <ReasonDialog
          intent="unban"
          id={user.id}
          label={t("unban")}
          title={t("unbanTitle", { name: user.name })}
          hint={t("unbanHint")}
        />
      ) : (
        <ReasonDialog
          intent="ban"
          id={user.id}
          label={t("ban")}
          title={t("banTitle", { name: user.name })}
          hint={t("banHint")}
          danger
        />
      )}
    </li>
  );
}

export default function AdminUsers({ loaderData }: Route.ComponentProps) {
  const { q, found } = loaderData;
  const t = useTranslations("admin.users");
  return (
    <AdminConsole q={q} searchLabel={t("search")}>
      {found.results.length ? (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-sm">
          {found.results.map((user) => (
            <UserRow key={user.id} user={user} />
          ))}
        </ul>
      ) : null}
      <Pager q={q} page={found.page} limit={found.limit} total={found.total} />
    </AdminConsole>
  );
}
