import { Link } from "react-router";
import { useTranslations } from "use-intl";
import type { ApartmentOverview } from "../../../worker/apartments/contract";
import { Alert } from "../alert";
import { linkClass } from "../button";

/**
 * While the org has no legal name or address, receipts are refused (409 `org_identity_missing`): the page says
 * so and offers the fix — the settings for those who may change them, "ask the owner" for other staff, "ask
 * your landlord" for renters.
 */
export function ReceiptsNotice({ overview }: { overview: Pick<ApartmentOverview, "receiptsAvailable" | "viewer"> }) {
  const t = useTranslations("money.receiptsNotice");
  if (overview.receiptsAvailable) return null;
  const { viewer } = overview;
  if (viewer.side === "renter") return <Alert tone="info">{t("missingRenter")}</Alert>;
  if (!viewer.permissions.includes("org.settings")) return <Alert tone="info">{t("missingStaff")}</Alert>;
  return (
    <Alert tone="warning">
      {t("missingOwner")}{" "}
      <Link to="/settings" className={linkClass}>
        {t("fixLink")}
      </Link>
    </Alert>
  );
}
