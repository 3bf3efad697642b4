import { Link } from "react-router";
import { useTranslations } from "use-intl";
import type { ApplicationStatus } from "../../worker/applications/contract";
import { Alert } from "./alert";
import { buttonClass } from "./button";

/**
 * Told up front, instead of the "Apply" button or the application form, when the signed-in renter has
 * already applied to this listing (GET /api/me/checklist `application`): its status and a link to it.
 */
export function AlreadyApplied({ application }: { application: { id: string; status: ApplicationStatus } }) {
  const t = useTranslations("checklist");
  const status = useTranslations("applications.status");
  return (
    <Alert tone="info" className="mt-3">
      <p data-testid="already-applied">{t("applied", { status: status(application.status) })}</p>
      <Link to={`/applications/${application.id}`} className={`${buttonClass("secondary")} mt-2`}>
        {t("appliedOpen")}
      </Link>
    </Alert>
  );
}
