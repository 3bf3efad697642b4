import { useSearchParams } from "react-router";
import { useTranslations } from "use-intl";
import { Alert } from "../alert";

/**
 * What the renter is told on coming back from Stripe Checkout (`?payment=success` or `?payment=cancelled`,
 * the return URLs of worker/rent/stripe.ts): the feedback after paying online. Nothing for any other URL.
 */
export function CheckoutReturn() {
  const [params] = useSearchParams();
  const t = useTranslations("money.checkoutReturn");
  const outcome = params.get("payment");
  if (outcome === "success") return <Alert tone="success">{t("success")}</Alert>;
  if (outcome === "cancelled") return <Alert tone="warning">{t("cancelled")}</Alert>;
  return null;
}
