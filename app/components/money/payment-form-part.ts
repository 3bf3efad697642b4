import { lazyPart } from "../../lib/lazy-part";

/**
 * The payment form (app/components/money/payment-form.tsx) as a part that loads when first shown: it opens in
 * a `Disclosure` ("Record a payment", "I've paid by transfer"), so neither its code nor Conform's is in the
 * first JavaScript of the pages that hold it (issue 17 §5). `paymentFormPart.Part` takes the form's props.
 */
export const paymentFormPart = lazyPart("money.payment-form", () =>
  import("./payment-form").then((m) => m.PaymentForm),
);
