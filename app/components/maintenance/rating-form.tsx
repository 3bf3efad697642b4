import { getFormProps, useForm } from "@conform-to/react";
import { useFetcher } from "react-router";
import { useTranslations } from "use-intl";
import type { z } from "zod";
import type { ratingInput } from "../../../worker/maintenance/contract";
import { type FormReply, formErrorOf } from "../../lib/forms";
import { FormError } from "../alert";
import { Button } from "../button";
import { TextAreaField } from "../field";
import { Icon } from "../ui/icon";

/**
 * The rating form (intent `rating`: `stars` 1–5, `comment` optional), loaded when "Rate the repair" opens
 * (app/components/maintenance/rating-panel.tsx).
 */
export function RatingForm() {
  const t = useTranslations("maintenanceRequest.rating");
  const fetcher = useFetcher<FormReply>();
  const lastResult = fetcher.data?.result;
  const [form, fields] = useForm<z.input<typeof ratingInput>>({ id: "rating", lastResult });
  return (
    <fetcher.Form method="post" className="space-y-3" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="rating" />
      <FormError message={formErrorOf(lastResult)} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("stars")}</legend>
        <div className="mt-1 flex gap-1">
          {/* In reading order, so Tab lands on one star and the arrow keys go the way the stars run (left to
              right, or right to left in Hebrew); "this star and the ones before it" light up through `:has()`
              on a later sibling that is hovered or checked. */}
          {[1, 2, 3, 4, 5].map((n) => (
            <label
              key={n}
              className="cursor-pointer rounded-md p-1 text-slate-300 hover:text-amber-500 has-checked:text-amber-500 has-focus-visible:outline-2 has-focus-visible:outline-teal-700 [&:has(~label:hover)]:text-amber-500 [&:has(~label>input:checked)]:text-amber-500"
            >
              <input type="radio" name={fields.stars.name} value={n} required className="sr-only" />
              <Icon name="star" className="size-9 fill-current" />
              <span className="sr-only">{t("star", { count: n })}</span>
            </label>
          ))}
        </div>
        {fields.stars.errors?.[0] ? (
          <p className="mt-1 text-sm font-medium text-red-700">{fields.stars.errors[0]}</p>
        ) : null}
      </fieldset>
      <TextAreaField label={t("comment")} field={fields.comment} rows={2} />
      <Button disabled={fetcher.state !== "idle"}>{t("submit")}</Button>
    </fetcher.Form>
  );
}
