import { Link } from "react-router";
import { useTranslations } from "use-intl";
import { formatPeriod } from "../../../worker/lib/i18n/format";
import { receiptOffer, type ReceiptPeriod } from "../../lib/receipt-links";
import { linkClass } from "../button";
import { useFormatLocale } from "../../i18n/format-locale";

/**
 * A month's receipt as `receiptOffer` decides it: the quittance of a paid month, the receipt of a partly paid
 * one, or — while the org has no legal identity — nothing for renters (the page's notice says why) and, for
 * the landlord side, a prompt to complete the org's settings (a link to them for those who may change them,
 * `canFixIdentity`; else a short note to ask the owner).
 */
export function ReceiptLink({
  leaseId,
  period,
  receiptsAvailable,
  side,
  canFixIdentity = false,
  className = "",
}: {
  leaseId: string;
  period: ReceiptPeriod;
  receiptsAvailable: boolean;
  side: "landlord" | "renter";
  canFixIdentity?: boolean;
  className?: string;
}) {
  const t = useTranslations("receiptLink");
  const formatLocale = useFormatLocale();
  const offer = receiptOffer(leaseId, period, receiptsAvailable);
  if (!offer) return null;
  const month = formatPeriod(period.period, formatLocale);
  if (offer.kind === "identity_missing") {
    if (side === "renter") return null;
    return canFixIdentity ? (
      <Link
        to="/settings"
        className={`${className} ${linkClass}`}
        aria-label={t("identityPromptFor", { period: month })}
        data-testid="receipt-identity-prompt"
      >
        {t("identityPrompt")}
      </Link>
    ) : (
      <span className={`${className} text-xs text-slate-600`} data-testid="receipt-identity-prompt">
        {t("identityMissing")}
      </span>
    );
  }
  const full = offer.kind === "full";
  return (
    <a
      href={offer.href}
      className={`${className} ${linkClass}`}
      aria-label={
        full
          ? t(side === "renter" ? "renterReceiptFor" : "receiptFor", { period: month })
          : t("partialReceiptFor", { period: month })
      }
      data-testid={full ? "receipt-link" : "partial-receipt-link"}
    >
      {full ? t("receipt") : t("partialReceipt")}
    </a>
  );
}
