import { data, Link } from "react-router";
import { useTranslations } from "use-intl";
import { z } from "zod";
import { formatDate, formatMoney } from "../../worker/lib/i18n/format";
import { noteInput } from "../../worker/applications/contract";
import { Alert } from "../components/alert";
import { Card, EmptyState } from "../components/page";
import { ReviewCard } from "../components/review-card";
import { replyFromProblem, throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { type FormReply, formErrorOf, succeeded } from "../lib/forms";
import { parseSubmission } from "../lib/forms.server";
import { useIsolate } from "../i18n/bidi";
import { translate } from "../i18n/translate.server";
import type { Route } from "./+types/listing-applications";
import { useToast } from "../components/ui/toast";
import { useFormatLocale } from "../i18n/format-locale";

export const meta: Route.MetaFunction = ({ loaderData }) => [{ title: loaderData?.title }];

/**
 * The landlord's review of one listing: which listing (rent, charges), places left per room, and one card per
 * application with the applicant's and guarantors' income and rent-to-income ratio, the documents inline
 * (signed links), and accept / reject with a note at the top.
 */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const res = await getServer(context).api.listings[":id"].applications.$get({ param: { id: params.id } });
  if (!res.ok) return throwApiError(res, request);
  const t = translate(request, "listingApplications");
  return { ...(await res.json()), title: translate(request, "shell")("pageTitle", { title: t("title") }) };
}

const decision = noteInput.extend({ action: z.enum(["accept", "reject"]), applicationId: z.string().min(1).max(64) });

/** Accepts or rejects one application (POST /api/applications/{id}/accept|reject) with an optional note. */
export async function action({ context, request }: Route.ActionArgs) {
  const submission = parseSubmission(await request.formData(), decision);
  if (submission.status !== "success") return { result: submission.reply() };
  const { action, note, applicationId } = submission.value;
  // `headers` merge with the client's own (the caller's token); `init.headers` would replace them.
  const body = note
    ? { init: { body: JSON.stringify({ note }) }, headers: { "content-type": "application/json" } }
    : {};
  const res = await getServer(context).api.applications[":id"][action].$post({ param: { id: applicationId } }, body);
  if (!res.ok) return replyFromProblem(res, submission, { request, fields: [] });
  return data<FormReply>({ result: submission.reply() });
}

export default function ListingApplications({ loaderData, actionData }: Route.ComponentProps) {
  const { listing, rooms, results } = loaderData;
  const t = useTranslations("listingApplications");
  const r = useTranslations("review");
  const formatLocale = useFormatLocale();
  const bidi = useIsolate();
  const money = (n: number) => formatMoney(n, listing.currency, formatLocale);
  const summary = [
    ...rooms.map((room) =>
      t("places", { room: room.name, left: room.capacity - room.filled, capacity: room.capacity }),
    ),
    t("listingStatus", { status: listing.status }),
  ].join(" · ");
  const problem = formErrorOf(actionData?.result);
  useToast(actionData?.result, succeeded(actionData?.result), r("decided"));
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <div>
        <p className="text-sm text-slate-600">{t("for")}</p>
        <h1 className="text-2xl font-semibold tracking-tight break-words text-slate-900">
          <Link to={`/manage/listings/${listing.id}`} className="hover:underline">
            {listing.title}
          </Link>
        </h1>
        <p className="mt-1 text-sm text-slate-700" data-testid="review-listing">
          {r("listing", {
            title: bidi(listing.title),
            city: bidi(listing.city),
            rent: money(listing.rentAmount),
            charges: money(listing.chargesAmount),
          })}
        </p>
        <p className="mt-1 text-sm text-slate-700">{summary}</p>
      </div>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      {results.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul className="space-y-3">
          {results.map((a) => (
            <li key={a.id}>
              <Card>
                <ReviewCard
                  application={a}
                  currency={listing.currency}
                  line={t("line", {
                    room: a.roomName,
                    date: formatDate(a.moveInDate, formatLocale),
                    months: a.durationMonths,
                    guarantors: a.guarantors,
                  })}
                />
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
