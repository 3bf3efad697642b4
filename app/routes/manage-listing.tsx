import { getFormProps, useForm } from "@conform-to/react";
import { Form, Link, redirect, useNavigation, useSearchParams } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import type { z } from "zod";
import { decimalToInput } from "../../worker/lib/decimal";
import { minorToInput } from "../../worker/lib/money-input";
import { Alert, FormError } from "../components/alert";
import { Button, linkClass } from "../components/button";
import { StatusBadge } from "../components/status-badge";
import { TextAreaField, TextField } from "../components/field";
import { ListingAdFields } from "../components/listing-ad-fields";
import { PageHeader } from "../components/page";
import { PhotoOrder } from "../components/photo-order";
import { ListingPhotoPicker } from "../components/listing-photo-picker";
import { replyFromProblem, throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { formErrorOf } from "../lib/forms";
import { parseSubmission, postedCurrency, refused } from "../lib/forms.server";
import { listingEditForm, listingMessages } from "../lib/listing-forms.server";
import { postedFiles, uploadPhotos } from "../lib/listing-photos.server";
import { translate, requestLocale } from "../i18n/translate.server";
import { useFormatLocale } from "../i18n/format-locale";
import type { Route } from "./+types/manage-listing";
import { useToast } from "../components/ui/toast";

export const meta: Route.MetaFunction = ({ loaderData }) => [{ title: loaderData?.pageTitle }];

/** Edit a listing's text, terms and photos (keep, order, remove), one API call each way. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.listings[":id"].$get({ param: { id: params.id } });
  if (!res.ok) return throwApiError(res, request);
  const listing = await res.json();
  const t = translate(request, "listingManage");
  const pageTitle = translate(request, "shell")("pageTitle", {
    title: t("manage.editTitle", { title: listing.title }),
  });
  return { ...listing, pageTitle };
}

/**
 * `?intent=photos`: several photos at once, stored in the order chosen, then back here. Otherwise saves the
 * edit (PATCH; amounts in the listing's currency, photos kept in the order given) and goes back to the list.
 */
export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  if (new URL(request.url).searchParams.get("intent") === "photos") {
    const { stored, refused } = await uploadPhotos(getServer(context).api, params.id, postedFiles(form, "photos"));
    throw redirect(`/manage/listings/${params.id}?photos=${stored}${refused ? "&photoError=1" : ""}`);
  }
  const submission = parseSubmission(form, listingEditForm(postedCurrency(form), request), listingMessages(request));
  if (submission.status !== "success") return refused(submission, requestLocale(request));
  const res = await getServer(context).api.listings[":id"].$patch({ param: { id: params.id }, json: submission.value });
  if (res.ok) throw redirect("/manage/listings");
  return replyFromProblem(res, submission, { request });
}

export default function ManageListing({ loaderData: l, actionData }: Route.ComponentProps) {
  const busy = useNavigation().state !== "idle";
  const t = useTranslations("listingManage.manage");
  const locale = useLocale();
  const formatLocale = useFormatLocale();
  const lastResult = actionData?.result;
  const [form, fields] = useForm<z.input<ReturnType<typeof listingEditForm>>>({
    lastResult,
    defaultValue: {
      ...l,
      chargesAmount: minorToInput(l.chargesAmount, l.currency, locale),
      depositAmount: minorToInput(l.depositAmount, l.currency, locale),
      livingArea: l.livingArea === null ? "" : decimalToInput(l.livingArea, formatLocale),
      furnished: l.furnished === null ? "" : String(l.furnished),
      energyClass: l.energyClass ?? "",
      ghgClass: l.ghgClass ?? "",
      chargesKind: l.chargesKind ?? "",
      energyCostMin: l.energyCostMin === null ? "" : minorToInput(l.energyCostMin, l.currency, locale),
      energyCostMax: l.energyCostMax === null ? "" : minorToInput(l.energyCostMax, l.currency, locale),
      energyPriceYear: l.energyPriceYear === null ? "" : String(l.energyPriceYear),
    },
  });
  return (
    <>
      <PageHeader
        title={t("editTitle", { title: l.title })}
        subtitle={<StatusBadge status={l.status} />}
        breadcrumb={
          <Link to="/manage/listings" className={linkClass}>
            {t("title")}
          </Link>
        }
      />
      <PhotosAndPublish listing={l} busy={busy} />
      <Form
        method="post"
        className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2"
        aria-label={t("editPageTitle")}
        {...getFormProps(form)}
        noValidate={false}
      >
        <input type="hidden" name="currency" value={l.currency} />
        <TextField label={t("titleLabel")} field={fields.title} required className="sm:col-span-2" />
        <TextAreaField
          label={t("description")}
          field={fields.description}
          rows={5}
          required
          className="sm:col-span-2"
        />
        <TextField label={t("city")} field={fields.city} required />
        <TextField label={t("address")} field={fields.address} required />
        <TextField label={t("charges")} field={fields.chargesAmount} inputMode="decimal" />
        <TextField label={t("deposit")} field={fields.depositAmount} inputMode="decimal" />
        <TextField label={t("availableFrom")} field={fields.availableFrom} type="date" required />
        <TextField label={t("guarantors")} field={fields.guarantorsRequired} type="number" min={0} max={50} />
        <ListingAdFields fields={fields} />
        {l.photos.length > 0 && (
          <PhotoOrder key={l.photos.map((p) => p.id).join()} name={fields.photos.name} photos={l.photos} />
        )}
        <div className="sm:col-span-2">
          <FormError message={formErrorOf(lastResult)} />
        </div>
        <div className="sm:col-span-2">
          <Button disabled={busy}>{t("save")}</Button>
        </div>
      </Form>
    </>
  );
}

/** What was just added, an "add photos" form (several at once, previewed) and, until published, Publish. */
function PhotosAndPublish({
  listing: l,
  busy,
}: {
  listing: { id: string; status: string; currency: string };
  busy: boolean;
}) {
  const m = useTranslations("listingManage");
  const [search] = useSearchParams();
  const added = search.get("photos");
  const photoError = search.get("photoError") !== null;
  useToast(search, added !== null, m("photosAdded", { count: Number(added) }));
  return (
    <>
      {photoError ? (
        <Alert tone="error" className="mb-3">
          {m("photoRefused")}
        </Alert>
      ) : null}
      <div className="mb-4 flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4">
        <Form
          method="post"
          encType="multipart/form-data"
          action={`/manage/listings/${l.id}?intent=photos`}
          className="flex flex-wrap items-end gap-3"
        >
          <ListingPhotoPicker id="add-photos" />
          <Button variant="secondary" disabled={busy}>
            {m("addPhotos")}
          </Button>
        </Form>
        {l.status !== "published" && l.status !== "taken_down" ? (
          <Form method="post" action="/manage/listings">
            <input type="hidden" name="intent" value="publish" />
            <input type="hidden" name="listingId" value={l.id} />
            <input type="hidden" name="currency" value={l.currency} />
            <Button disabled={busy}>{m("publish")}</Button>
          </Form>
        ) : null}
      </div>
    </>
  );
}
