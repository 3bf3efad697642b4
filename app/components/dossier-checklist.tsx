import { Icon } from "./ui/icon";
import { Link } from "react-router";
import { useTranslations } from "use-intl";
import { useIsolate } from "../i18n/bidi";
import { linkClass } from "./button";
import { useDocumentKind } from "./document-kind";
import { Card } from "./page";

/**
 * The renter's dossier checked against a listing (GET /api/me/checklist): one line per requirement, ticked
 * or crossed, and a link to complete the dossier when something is missing. The same sentences word the
 * items of a refused application (422 `dossier_incomplete`), by their `path`.
 */
export type Checklist = {
  items: { code: string; path: string; ok: boolean }[];
  complete: boolean;
  guarantors: { id: string; name: string }[];
  listing: { guarantorsRequired: number };
};

const PROFILE_FIELDS = ["firstName", "lastName", "phone", "birthDate", "address", "nationality", "education"] as const;

/** One requirement, from its path (`profile.phone`, `documents.visa`, `guarantorIds`, `guarantors.<id>`), in words. */
export function useRequirementSentence(guarantors: { id: string; name: string }[], guarantorsRequired: number) {
  const t = useTranslations("checklist");
  const field = useTranslations("profile.fields");
  const kindName = useDocumentKind();
  const bidi = useIsolate();
  return (path: string) => {
    const [head, rest = ""] = path.split(/\.(.*)/s);
    const profileField = PROFILE_FIELDS.find((f) => f === rest);
    if (head === "profile") return t("profileField", { field: profileField ? field(profileField) : rest });
    if (head === "documents") return t("document", { kind: kindName(rest) });
    if (head === "guarantors")
      return t("guarantorDocuments", { name: bidi(guarantors.find((g) => g.id === rest)?.name ?? "") });
    return t("guarantors", { count: guarantorsRequired });
  };
}

export function DossierChecklist({ checklist }: { checklist: Checklist }) {
  const t = useTranslations("checklist");
  const sentence = useRequirementSentence(checklist.guarantors, checklist.listing.guarantorsRequired);
  const missing = checklist.items.filter((i) => !i.ok).length;
  return (
    <Card
      headingId="checklist-title"
      title={t("title")}
      testId="checklist"
      frame="rounded-xl border border-slate-200 bg-white p-4"
      titleClassName="font-semibold"
      headerClassName=""
    >
      <p className={`mt-1 text-sm ${missing ? "text-amber-900" : "text-emerald-800"}`}>
        {missing ? t("notReady", { count: missing }) : t("ready")}
      </p>
      <ul className="mt-2 space-y-1 text-sm">
        {checklist.items.map((item) => (
          <li key={item.path} className="flex items-start gap-2" data-ok={item.ok}>
            {item.ok ? (
              <Icon name="check" className="mt-0.5 size-4 shrink-0 text-emerald-700" />
            ) : (
              <Icon name="x" className="mt-0.5 size-4 shrink-0 text-red-700" />
            )}
            <span className="sr-only">{item.ok ? t("met") : t("missing")}:</span>
            <span className={item.ok ? "text-slate-700" : "text-slate-900"}>{sentence(item.path)}</span>
          </li>
        ))}
      </ul>
      {missing ? (
        <Link to="/dossier" className={`${linkClass} mt-2 inline-block text-sm`}>
          {t("fix")}
        </Link>
      ) : null}
    </Card>
  );
}

/** On a listing's page: the signed-in visitor's checklist, or an invitation to sign in and check it. */
export function ChecklistOrSignIn({ checklist, listingId }: { checklist: Checklist | null; listingId: string }) {
  const t = useTranslations("checklist");
  if (checklist) return <DossierChecklist checklist={checklist} />;
  const next = encodeURIComponent(`/listings/${listingId}`);
  return (
    <p className="text-sm text-slate-700">
      {t.rich("signIn", {
        link: (chunks) => (
          <Link to={`/login?next=${next}`} className={linkClass}>
            {chunks}
          </Link>
        ),
      })}
    </p>
  );
}
