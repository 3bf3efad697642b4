import { data, Form, Link, useNavigation } from "react-router";
import { useTranslations } from "use-intl";
import { z } from "zod";
import { formatMoney } from "../../worker/lib/i18n/format";
import { translate } from "../i18n/translate.server";
import { Alert } from "../components/alert";
import { Button, buttonClass, linkClass } from "../components/button";
import { StatusBadge } from "../components/status-badge";
import { EmptyState, PageHeader } from "../components/page";
import { readProblem, replyFromProblem, throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { type FormReply, formErrorOf, resultFor, succeeded } from "../lib/forms";
import { parseSubmission } from "../lib/forms.server";
import { postedFiles, uploadPhotos } from "../lib/listing-photos.server";
import { publishRefusal } from "../lib/listing-forms.server";
import type { Route } from "./+types/manage-listings";
import { useToast } from "../components/ui/toast";
import { ListingPhotoPicker } from "../components/listing-photo-picker";
import { useFormatLocale } from "../i18n/format-locale";

export const meta: Route.MetaFunction = ({ loaderData }) => [{ title: loaderData?.title }];

/** The org's listings: create one for an apartment (with its places), publish, close, see applications. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const { api } = getServer(context);
  const [listings, apartments] = await Promise.all([
    api.listings.$get({ query: { limit: "50" } }),
    api.apartments.$get({ query: { limit: "100" } }),
  ]);
  if (!listings.ok) return throwApiError(listings, request);
  if (!apartments.ok) return throwApiError(apartments, request);
  const title = translate(request, "shell")("pageTitle", {
    title: translate(request, "listingManage")("manage.title"),
  });
  return { title, listings: await listings.json(), apartments: await apartments.json() };
}

type Api = ReturnType<typeof getServer>["api"];

/** Several photos at once, uploaded in the order chosen (worker/lib/uploads.ts checks, downscales and stores each). */
async function addPhotos(api: Api, request: Request, listingId: string) {
  const { stored, refused } = await uploadPhotos(api, listingId, postedFiles(await request.formData(), "file"));
  if (refused) return replyFromProblem(refused, null, { request, intent: "photo" });
  return data<FormReply>({ result: { status: "success", initialValue: { intent: "photo", count: String(stored) } } });
}

const transition = z.object({
  intent: z.enum(["publish", "close"]),
  listingId: z.string().min(1).max(64),
  currency: z.string().length(3).default("EUR"),
});

/** Intents: `photo` (several photos of a listing), `publish` / `close` (a listing). New listings: ./manage-listing-new.tsx. */
export async function action({ context, request }: Route.ActionArgs) {
  const { api } = getServer(context);
  const url = new URL(request.url);
  if (url.searchParams.get("intent") === "photo") return addPhotos(api, request, url.searchParams.get("listing") ?? "");
  const submission = parseSubmission(await request.formData(), transition);
  if (submission.status !== "success") return { result: submission.reply() };
  const { intent, listingId, currency } = submission.value;
  const call = intent === "publish" ? api.listings[":id"].publish : api.listings[":id"].close;
  const res = await call.$post({ param: { id: listingId } });
  if (res.ok) return { result: submission.reply() };
  const problem = publishRefusal(await readProblem(res, request), request, currency);
  return replyFromProblem(problem, submission, { request, fields: [] });
}

export default function ManageListings({ loaderData, actionData }: Route.ComponentProps) {
  const { listings } = loaderData;
  const t = useTranslations("listingManage.manage");
  const m = useTranslations("listingManage");
  const photoResult = resultFor(actionData, "photo");
  useToast(
    photoResult,
    succeeded(photoResult),
    m("photosAdded", { count: Number(photoResult?.initialValue?.count ?? 1) }),
  );
  const problem = ["photo", "publish", "close"].map((i) => formErrorOf(resultFor(actionData, i))).find(Boolean);
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle")}
        actions={
          <Link to="/manage/listings/new" className={buttonClass()}>
            {m("newLink")}
          </Link>
        }
      />
      {problem ? (
        <Alert tone="error" className="mb-3">
          {problem}
        </Alert>
      ) : null}
      {listings.results.length === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" data-testid="my-listings">
          {listings.results.map((l) => (
            <ListingRow key={l.id} listing={l} />
          ))}
        </ul>
      )}
    </>
  );
}

type Listing = Route.ComponentProps["loaderData"]["listings"]["results"][number];

function ListingRow({ listing: l }: { listing: Listing }) {
  const busy = useNavigation().state !== "idle";
  const t = useTranslations("listingManage.manage");
  const m = useTranslations("listingManage");
  const formatLocale = useFormatLocale();
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 p-4">
      <span className="min-w-0">
        <span className="block font-medium break-words">{l.title}</span>
        <span className="block text-sm text-slate-600">
          {t("row", { city: l.city, rent: formatMoney(l.rentAmount, l.currency, formatLocale) })}{" "}
          <StatusBadge status={l.status} />
        </span>
        {l.status === "taken_down" ? (
          <span role="note" className="mt-1 block text-sm break-words text-red-900">
            {t("takenDown", { reason: l.takedownReason ?? "" })}
          </span>
        ) : null}
      </span>
      <span className="flex flex-wrap items-center gap-3 text-sm">
        {l.status === "published" && (
          <Link to={`/listings/${l.id}`} className={linkClass}>
            {t("publicPage")}
          </Link>
        )}
        <Form
          method="post"
          encType="multipart/form-data"
          action={`/manage/listings?intent=photo&listing=${l.id}`}
          className="flex flex-wrap items-end gap-2"
        >
          <ListingPhotoPicker id={`photo-${l.id}`} name="file" label={t("photoFor", { title: l.title })} />
          <Button variant="secondary" disabled={busy}>
            {m("addPhotos")}
          </Button>
        </Form>
        <Link to={`/manage/listings/${l.id}`} className={linkClass}>
          {t("edit")}
        </Link>
        <Link to={`/manage/listings/${l.id}/applications`} className={linkClass}>
          {t("applications")}
        </Link>
        {l.status === "taken_down" ? null : (
          <Form method="post">
            <input type="hidden" name="listingId" value={l.id} />
            <input type="hidden" name="currency" value={l.currency} />
            <input type="hidden" name="intent" value={l.status === "published" ? "close" : "publish"} />
            <Button variant="secondary" disabled={busy}>
              {l.status === "published" ? t("close") : t("publish")}
            </Button>
          </Form>
        )}
      </span>
    </li>
  );
}
