import { Link } from "react-router";
import { useTranslations } from "use-intl";
import { StatusBadge } from "../components/status-badge";
import { EmptyState, PageHeader } from "../components/page";
import { throwApiError } from "../lib/api.server";
import { pageTitle } from "../i18n/page-title.server";
import { translate } from "../i18n/translate.server";
import { getServer } from "../lib/context.server";
import type { Route } from "./+types/my-documents";
import { translatedMeta } from "../i18n/meta";
import { useIsolate } from "../i18n/bidi";

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

/** A renter's agreements across every home and org (GET /api/me/agreements). */
export async function loader({ context, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.me.agreements.$get();
  if (!res.ok) return throwApiError(res, request);
  return { ...(await res.json()), title: pageTitle(request, translate(request, "documents")("pageTitle")) };
}

export default function MyDocuments({ loaderData }: Route.ComponentProps) {
  const { documents } = loaderData;
  const t = useTranslations("documents");
  const bidi = useIsolate();
  return (
    <>
      <PageHeader title={t("pageTitle")} subtitle={t("subtitle")} />
      {documents.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
          {documents.map((d) => (
            <li key={d.id}>
              <Link
                to={`/documents/${d.id}`}
                className="flex flex-wrap items-center justify-between gap-2 p-4 hover:bg-slate-50"
              >
                <span className="min-w-0">
                  <span className="block font-medium break-words">{d.title}</span>
                  <span className="block text-sm text-slate-600">
                    {t("where", { address: bidi(d.address), unit: bidi(d.unit), org: bidi(d.orgName) })}
                  </span>
                </span>
                <StatusBadge status={d.status} />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
