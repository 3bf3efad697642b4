import { useTranslations } from "use-intl";

// Apart from the dossier's forms (./dossier-forms.tsx), so the pages that only name a document kind (a listing's
// checklist, an application) do not ship the forms' library to the browser (issue 17 §5, the JS budget).

/** The kinds of dossier document (worker/dossier/contract.ts), each named in the catalogue (`dossier.kinds`). */
export const DOCUMENT_KINDS = ["id_card", "proof_of_income", "proof_of_study", "rib", "visa", "other"] as const;

/** A document kind's name in the page's language; a kind this page does not know is shown as it is. */
export function useDocumentKind() {
  const t = useTranslations("dossier.kinds");
  return (kind: string) => {
    const known = DOCUMENT_KINDS.find((k) => k === kind);
    return known ? t(known) : kind;
  };
}
