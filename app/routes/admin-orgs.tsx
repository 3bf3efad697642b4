import { useTranslations } from "use-intl";
import type { AdminOrgView } from "../../worker/admin/contract";
import { AdminConsole, Pager, Pill } from "../components/admin/console";
import { ReasonDialog } from "../components/admin/reason-dialog";
import { translate } from "../i18n/translate.server";
import { adminAction, adminSearchOf, refusedAdminRead } from "../lib/admin.server";
import { getServer } from "../lib/context.server";
import type { Route } from "./+types/admin-orgs";

/**
 * /admin/orgs: the organizations (GET /api/admin/orgs), searched by name; disable one with a reason (its
 * members see why; its rooms are disconnected) or enable it again. Platform admins only: anyone else gets
 * the ordinary 404 page.
 */

export const meta: Route.MetaFunction = ({ loaderData }) => [{ title: loaderData?.title }];

/** One page of orgs matching `?q=` (one API call, which is also the platform-admin check). */
export async function loader({ context, request }: Route.LoaderArgs) {
  const title = translate(request, "shell")("pageTitle", { title: translate(request, "admin")("tabs.orgs") });
  const { q, page } = adminSearchOf(request);
  const res = await getServer(context).api.admin.orgs.$get({ query: { ...(q ? { q } : {}), page } });
  if (!res.ok) return refusedAdminRead(res, request);
  return { title, q, found: await res.json() };
}

/** Disables (`intent=disable`) or enables (`intent=enable`) the org `id`, with the reason. */
export async function action({ context, request }: Route.ActionArgs) {
  const { api } = getServer(context);
  return adminAction(request, ({ intent, id, reason }) => {
    const org = api.admin.orgs[":id"];
    if (intent === "disable") return org.disable.$post({ param: { id }, json: { reason } });
    if (intent === "enable") return org.enable.$post({ param: { id }, json: { reason } });
    return Promise.resolve(null);
  });
}

function OrgRow({ org }: { org: AdminOrgView }) {
  const t = useTranslations("admin.orgs");
  return (
    <li className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start sm:justify-between" data-testid="admin-org">
      <div className="min-w-0 space-y-1">
        <p className="flex flex-wrap items-center gap-2">
          <span className="font-semibold break-words text-slate-900">{org.name}</span>
          <Pill tone={org.isDisabled ? "bad" : "good"}>{org.isDisabled ? t("disabled") : t("active")}</Pill>
        </p>
        <p className="text-sm text-slate-600">
          {t("counts", { members: org.membersCount, listings: org.listingsCount })}
        </p>
        {org.isDisabled ? (
          <p className="text-sm break-words text-red-900">
            {t("disabledBecause", { reason: org.disabledReason ?? "" })}
          </p>
        ) : null}
      </div>
      {org.isDisabled ? (
        <ReasonDialog
          intent="enable"
          id={org.id}
          label={t("enable")}
          title={t("enableTitle", { name: org.name })}
          hint={t("enableHint")}
        />
      ) : (
        <ReasonDialog
          intent="disable"
          id={org.id}
          label={t("disable")}
          title={t("disableTitle", { name: org.name })}
          hint={t("disableHint")}
          danger
        />
      )}
    </li>
  );
}

export default function AdminOrgs({ loaderData }: Route.ComponentProps) {
  const { q, found } = loaderData;
  const t = useTranslations("admin.orgs");
  return (
    <AdminConsole q={q} searchLabel={t("search")}>
      {found.results.length ? (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-sm">
          {found.results.map((org) => (
            <OrgRow key={org.id} org={org} />
          ))}
        </ul>
      ) : null}
      <Pager q={q} page={found.page} limit={found.limit} total={found.total} />
    </AdminConsole>
  );
}
