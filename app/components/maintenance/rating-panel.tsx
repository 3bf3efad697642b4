import { useTranslations } from "use-intl";
import { lazyPart } from "../../lib/lazy-part";
import { Disclosure } from "../ui/disclosure";
import type { RequestRow } from "./types";

// The stars and comment load when the renter opens "Rate the repair" (issue 17 §5).
const { Part: RatingForm } = lazyPart("maintenance.rating-form", () =>
  import("./rating-form").then((m) => m.RatingForm),
);

/**
 * The renter's rating of a resolved request: "Rate the repair" opens 1–5 stars (radio buttons drawn as stars)
 * and a comment, once; afterwards the rating given. Shown only when the API says the reader may rate (`canRate`) or has rated; a
 * request reopened and resolved again shows the earlier rating and asks for a new one.
 */
export function RatingPanel({ request, canRate }: { request: RequestRow; canRate: boolean }) {
  const t = useTranslations("maintenanceRequest.rating");
  if (!request.rating && !canRate) return null;
  return (
    <section
      aria-labelledby="rating-title"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <h2 id="rating-title" className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      {request.rating ? (
        <div role="status" data-testid="rating-given" className="mt-2 text-sm text-slate-800">
          <p className="font-medium">{t("given", { stars: request.rating.stars })}</p>
          {request.rating.comment ? (
            <p className="mt-1 whitespace-pre-line" dir="auto">
              {request.rating.comment}
            </p>
          ) : null}
        </div>
      ) : null}
      {/* Reopened and resolved again: the earlier rating stays shown, and this resolution is rated anew. */}
      {canRate ? (
        <Disclosure summary={t("open")} className="mt-3" testId="rating-open">
          <RatingForm />
        </Disclosure>
      ) : null}
    </section>
  );
}
