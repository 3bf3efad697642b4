import { data, Form, Link, useNavigation } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { z } from "zod";
import { formatMoney } from "../../worker/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale } from "../../worker/lib/i18n/locales";
import { translate, requestLocale } from "../i18n/translate.server";
import { Alert } from "../components/alert";
import { Button, linkClass } from "../components/button";
import { StatusBadge } from "../components/documents-panel";
import { NewListingForm } from "../components/new-listing-form";
import { EmptyState, PageHeader } from "../components/page";
import { readProblem, replyFromProblem, throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { type FormReply, formErrorOf, resultFor, succeeded } from "../lib/forms";
import { parseSubmission, refused } from "../lib/forms.server";
import { listingMessages, newListingForm, publishRefusal } from "../lib/listing-forms.server";
import type { Route } from "./+types/manage-listings";

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
  const title = translate(request, "shell")("pageTitle", { title: translate(request, "listings")("manage.title") });
  return { title, listings: await listings.json(), apartments: await apartments.json() };
}

type Api = ReturnType<typeof getServer>["api"];

/** A photo streamed through to the API untouched (worker/lib/uploads.ts checks, downscales and stores it). */
async function addPhoto(api: Api, request: Request, listingId: string) {
  const res = await api.listings[":id"].photos.$post(
    { param: { id: listingId } },
    {
      init: { body: request.body, duplex: "half" } as RequestInit,
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    },
  );
  if (!res.ok) return replyFromProblem(res, null, { request, intent: "photo" });
  return data<FormReply>({ result: { status: "success", initialValue: { intent: "photo" } } });
}

const transition = z.object({
  intent: z.enum(["publish", "close"]),
  listingId: z.string().min(1).max(64),
  currency: z.string().length(3).default("EUR"),
});

/** A listing's money is in its apartment's currency: the form's amounts are read in it. */
async function currencyOf(api: Api, apartmentId: FormDataEntryValue | null) {
  if (typeof apartmentId !== "string" || !apartmentId) return "EUR";
  const res = await api.apartments[":id"].$get({ param: { id: apartmentId } });
  return res.ok ? (await res.json()).currency : "EUR";
}

/** Intents: `photo` (streamed upload), `publish` / `close` (a listing), else a new listing (a draft). */
export async function action({ context, request }: Route.ActionArgs) {
  const { api } = getServer(context);
  const url = new URL(request.url);
  if (url.searchParams.get("intent") === "photo") return addPhoto(api, request, url.searchParams.get("listing") ?? "");
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "publish" || intent === "close") {
    const submission = parseSubmission(form, transition);
    const param = { id: submission.status === "success" ? submission.value.listingId : "" };
    const call = intent === "publish" ? api.listings[":id"].publish : api.listings[":id"].close;
    const res = await call.$post({ param });
    if (res.ok) return { result: submission.reply() };
    const currency = submission.status === "success" ? submission.value.currency : "EUR";
    const problem = publishRefusal(await readProblem(res, request), request, currency);
    return replyFromProblem(problem, submission, { request, fields: [] });
  }
  const currency = await currencyOf(api, form.get("apartmentId"));
  const submission = parseSubmission(form, newListingForm(currency, request), listingMessages(request));
  if (submission.status !== "success") return refused(submission, requestLocale(request));
  const res = await api.listings.$post({ json: submission.value });
  if (!res.ok) return replyFromProblem(res, submission, { request });
  return { result: submission.reply() };
}

export default function ManageListings({ loaderData, actionData }: Route.ComponentProps) {
  const { listings, apartments } = loaderData;
  const t = useTranslations("listings.manage");
  const photoAdded = succeeded(resultFor(actionData, "photo"));
  const problem = ["photo", "publish", "close"].map((i) => formErrorOf(resultFor(actionData, i))).find(Boolean);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      {photoAdded && (
        <p role="status" className="mb-3 text-sm text-emerald-800">
          {t("photoAdded")}
        </p>
      )}
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
      <NewListingForm apartments={apartments.results} lastResult={resultFor(actionData, "create")} />
    </>
  );
}

type Listing = Route.ComponentProps["loaderData"]["listings"]["results"][number];

function ListingRow({ listing: l }: { listing: Listing }) {
  const busy = useNavigation().state !== "idle";
  const t = useTranslations("listings.manage");
  const tag = useLocale();
  const locale = isLocale(tag) ? tag : DEFAULT_LOCALE;
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 p-4">
      <span className="min-w-0">
        <span className="block font-medium break-words">{l.title}</span>
        <span className="block text-sm text-slate-600">
          {t("row", { city: l.city, rent: formatMoney(l.rentAmount, l.currency, locale) })}{" "}
          <StatusBadge status={l.status} />
        </span>
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
          className="flex items-center gap-2"
        >
          <label className="sr-only" htmlFor={`photo-${l.id}`}>
            {t("photoFor", { title: l.title })}
          </label>
          <input
            id={`photo-${l.id}`}
            type="file"
            name="file"
            accept="image/jpeg,image/png,image/webp"
            required
            className="max-w-44 text-xs"
          />
          <Button variant="secondary" disabled={busy}>
            {t("addPhoto")}
          </Button>
        </Form>
        <Link to={`/manage/listings/${l.id}`} className={linkClass}>
          {t("edit")}
        </Link>
        <Link to={`/manage/listings/${l.id}/applications`} className={linkClass}>
          {t("applications")}
        </Link>
        <Form method="post">
          <input type="hidden" name="listingId" value={l.id} />
          <input type="hidden" name="currency" value={l.currency} />
          <input type="hidden" name="intent" value={l.status === "published" ? "close" : "publish"} />
          <Button variant="secondary" disabled={busy}>
            {l.status === "published" ? t("close") : t("publish")}
          </Button>
        </Form>
      </span>
    </li>
  );
}
