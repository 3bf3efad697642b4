import { lazy } from "react";

/**
 * ./payment-form.tsx's `PaymentForm` ("record a payment", "I've paid by transfer"), loaded when the
 * disclosure holding it opens: its code and Conform's are not in the page's first JavaScript (issue 17 §5).
 * Render it inside `Disclosure` (app/components/ui/disclosure.tsx), whose `Suspense` shows a loading line.
 */
export const LazyPaymentForm = lazy(() => import("./payment-form").then((m) => ({ default: m.PaymentForm })));
