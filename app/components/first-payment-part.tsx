import { Form } from "react-router";
import { useTranslations } from "use-intl";
import type { FirstPayment } from "../../worker/applications/contract";
import { formatMoney } from "../../worker/lib/i18n/format";
import { Button } from "./button";
import { FirstPaymentCard } from "./first-payment-card";
import { useFormatLocale } from "../i18n/format-locale";

/**
 * An accepted application's first payment (issue 14 §1): what is due (./first-payment-card.tsx, when the API
 * computed it) and, for the applicant who may pay online, the button that posts intent `pay` to the page's
 * action (Stripe Checkout; the Idempotency-Key is the application's id and version, so a second press of the
 * same page replays the same session). The application page loads it as a lazy part: only once accepted.
 */
export function FirstPaymentPart({
  payment,
  online,
  side,
  idempotencyKey,
}: {
  payment: FirstPayment | null;
  online: boolean;
  side: "renter" | "landlord";
  idempotencyKey: string;
}) {
  const t = useTranslations("applications.detail");
  const tm = useTranslations("firstPayment");
  const formatLocale = useFormatLocale();
  return (
    <>
      {payment && <FirstPaymentCard payment={payment} online={online} side={side} />}
      {online && (
        <Form method="post" className="rounded-lg border border-teal-200 bg-teal-50/40 p-4">
          <input type="hidden" name="intent" value="pay" />
          <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
          <p className="text-sm">{t("payIntro")}</p>
          <Button className="mt-2">
            {payment
              ? tm("payTotal", { amount: formatMoney(payment.total, payment.currency, formatLocale) })
              : t("pay")}
          </Button>
        </Form>
      )}
    </>
  );
}
