import { useTranslations } from "use-intl";

/** The states of an application (worker/applications), each named in the catalogue (`applications.status`). */
const STATUSES = ["pending", "withdrawn", "rejected", "accepted_pending_payment", "confirmed"] as const;

/** An application status's name in the page's language; a status this page does not know is shown as it is. */
export function useApplicationStatus() {
  const t = useTranslations("applications.status");
  return (status: string) => {
    const known = STATUSES.find((s) => s === status);
    return known ? t(known) : status;
  };
}
