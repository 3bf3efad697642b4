import { Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import type { AdminListingView } from "../../worker/admin/contract";
import { formatDateTime } from "../../worker/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale } from "../../worker/lib/i18n/locales";
import { AdminConsole, Pager, Pill } from "../components/admin/console";
import { ReasonDialog } from "../components/admin/reason-dialog";
import { linkClass } from "../components/button";
import { translate } from "../i18n/translate.server";
import { adminAction, adminSearchOf, refusedAdminRead } from "../lib/admin.server";
import { getServer } from "../lib/context.server";
import type { Route } from "./+types/admin-listings";

/**
 * /admin/listings: listings of every org, searched by title, city or org (GET /api/admin/listings); take
 * one down with a reason (it leaves search, the sitemap and its page at once; the landlord is emailed why)
 * or restore it. Platform admins only: anyone else gets the ordinary 404 page.
 */

export const meta: Route.MetaFunction = ({ loaderData }) => [{ title: loaderData?.title }];

/** One page of listings matching `?q=` (one API call, which is also the platform-admin check). */
export async function loader({ context, request }: Route.LoaderArgs) {
  const title = translate(request, "shell")("pageTitle", { title: translate(request, "admin")("tabs.listings") });
  const { q, page } = adminSearchOf(request);
  const res = await getServer(context).api.admin.listings.$get({ query: { ...(q ? { q } : {}), page } });
  if (!res.ok) return refusedAdminRead(res, request);
  return { title, q, found: await res.json() };
}

/** Takes the listing `id` down (`intent=takedown`) or restores it (`intent=restore`), with the reason. */
export async function action({ context, request }: Route.ActionArgs) {
  const { api } = getServer(context);
  return adminAction(request, ({ intent, id, reason }) => {
    const listing = api.admin.listings[":id"];
    if (intent === "takedown") return listing.takedown.$post({ param: { id }, json: { reason } });
    if (intent === "restore") return listing.restore.$post({ param: { id }, json: { reason } });
    return Promise.resolve(null);
  });
}

const TONE = { published: "good", taken_down: "bad", draft: "neutral", closed: "neutral" } as const;

function ListingRow({ listing: l }: { listing: AdminListingView }) {
  const t = useTranslations("admin.listings");
  const tag = useLocale();
  const at = (iso: string) => formatDateTime(iso, isLocale(tag) ? tag : DEFAULT_LOCALE, "UTC");
  const down = l.status === "taken_down";
  return (
    <li className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start sm:justify-between" data-testid="admin-listing">
      <div className="min-w-0 space-y-1">
        <p className="flex flex-wrap items-center gap-2">
          <bdi className="font-semibold break-words text-slate-900">{l.title}</bdi>
          <Pill tone={TONE[l.status]}>{t(`status.${l.status}`)}</Pill>
        </p>
        <p className="text-sm text-slate-600">
          {l.city} · {l.orgName}
        </p>
        {down && l.takenDownAt ? (
          <p className="text-sm break-words text-red-900">
            {t("takenDownBecause", { at: at(l.takenDownAt), reason: l.takedownReason ?? "" })}
          </p>
        ) : null}
        {l.status === "published" ? (
          <Link to={`/listings/${l.id}`} className={`${linkClass} text-sm`}>
            {t("publicPage")}
          </Link>
        ) : null}
      </div>
      {down ? (
        <ReasonDialog
          intent="restore"
          id={l.id}
          label={t("restore")}
          title={t("restoreTitle", { title: l.title })}
          hint={t("restoreHint")}
        />
      ) : (
        <ReasonDialog
          intent="takedown"
          id={l.id}
          label={t("takedown")}
          title={t("takedownTitle", { title: l.title })}
          hint={t("takedownHint")}
          danger
        />
      )}
    </li>
  );
}

export default function AdminListings({ loaderData }: Route.ComponentProps) {
  const { q, found } = loaderData;
  const t = useTranslations("admin.listings");
  return (
    <AdminConsole q={q} searchLabel={t("search")}>
      {found.results.length ? (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-sm">
          {found.results.map((listing) => (
            <ListingRow key={listing.id} listing={listing} />
          ))}
        </ul>
      ) : null}
      <Pager q={q} page={found.page} limit={found.limit} total={found.total} />
    </AdminConsole>
  );
}
