import { getFormProps, useForm } from "@conform-to/react";
import { Form, Link, redirect, useNavigation } from "react-router";
import { useTranslations } from "use-intl";
import type { z } from "zod";
import { minorToInput } from "../../worker/lib/money";
import { FormError } from "../components/alert";
import { Button, linkClass } from "../components/button";
import { StatusBadge } from "../components/documents-panel";
import { TextAreaField, TextField } from "../components/field";
import { ListingAdFields } from "../components/listing-ad-fields";
import { PageHeader } from "../components/page";
import { replyFromProblem, throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { formErrorOf } from "../lib/forms";
import { parseSubmission, postedCurrency, refused } from "../lib/forms.server";
import { listingEditForm, listingMessages } from "../lib/listing-forms.server";
import { translate } from "../i18n/translate.server";
import type { Route } from "./+types/manage-listing";

export const meta: Route.MetaFunction = ({ loaderData }) => [{ title: loaderData?.pageTitle }];

/** Edit a listing's text, terms and photos (keep, order, remove), one API call each way. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.listings[":id"].$get({ param: { id: params.id } });
  if (!res.ok) return throwApiError(res, request);
  const listing = await res.json();
  const t = translate(request, "listings");
  const pageTitle = translate(request, "shell")("pageTitle", {
    title: t("manage.editTitle", { title: listing.title }),
  });
  return { ...listing, pageTitle };
}

/** Saves the edit (PATCH; amounts in the listing's currency, photos kept in the order given) and goes back. */
export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  const submission = parseSubmission(form, listingEditForm(postedCurrency(form), request), listingMessages(request));
  if (submission.status !== "success") return refused(submission);
  const res = await getServer(context).api.listings[":id"].$patch({ param: { id: params.id }, json: submission.value });
  if (res.ok) throw redirect("/manage/listings");
  return replyFromProblem(res, submission, { request });
}

export default function ManageListing({ loaderData: l, actionData }: Route.ComponentProps) {
  const busy = useNavigation().state !== "idle";
  const t = useTranslations("listings.manage");
  const lastResult = actionData?.result;
  const [form, fields] = useForm<z.input<ReturnType<typeof listingEditForm>>>({
    lastResult,
    defaultValue: {
      ...l,
      chargesAmount: minorToInput(l.chargesAmount, l.currency),
      depositAmount: minorToInput(l.depositAmount, l.currency),
      livingArea: l.livingArea === null ? "" : String(l.livingArea),
      furnished: l.furnished === null ? "" : String(l.furnished),
      energyClass: l.energyClass ?? "",
      ghgClass: l.ghgClass ?? "",
      chargesKind: l.chargesKind ?? "",
      energyCostMin: l.energyCostMin === null ? "" : minorToInput(l.energyCostMin, l.currency),
      energyCostMax: l.energyCostMax === null ? "" : minorToInput(l.energyCostMax, l.currency),
      energyPriceYear: l.energyPriceYear === null ? "" : String(l.energyPriceYear),
      photos: l.photos.map((p, i) => ({ id: p.id, keep: true, position: i + 1 })),
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
        {l.photos.length > 0 && <PhotoChoices photos={l.photos} names={fields.photos.getFieldList()} />}
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

type PhotoFields = { getFieldset(): { id: { name: string }; keep: { name: string }; position: { name: string } } };

/** Untick to remove a photo; the number sets the order. */
function PhotoChoices({ photos, names }: { photos: { id: string; url: string }[]; names: PhotoFields[] }) {
  const t = useTranslations("listings.manage");
  return (
    <fieldset className="sm:col-span-2">
      <legend className="text-sm font-medium">{t("photos")}</legend>
      <ul className="mt-2 flex flex-wrap gap-3">
        {photos.map((p, i) => {
          const field = names[i]?.getFieldset();
          if (!field) return null;
          return (
            <li key={p.id} className="w-36 space-y-1 text-sm">
              <img src={p.url} alt={t("photoAlt", { number: i + 1 })} className="h-24 w-36 rounded object-cover" />
              <input type="hidden" name={field.id.name} value={p.id} />
              <label className="flex items-center gap-1">
                <input type="checkbox" name={field.keep.name} defaultChecked /> {t("keep")}
              </label>
              <label className="flex items-center gap-1">
                {t("order")}{" "}
                <input
                  name={field.position.name}
                  type="number"
                  min={1}
                  defaultValue={i + 1}
                  className="w-14 rounded border border-slate-300 px-1"
                />
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
