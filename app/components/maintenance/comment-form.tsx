import { getFormProps, useForm } from "@conform-to/react";
import { useFetcher } from "react-router";
import { useTranslations } from "use-intl";
import { MAX_PHOTOS_PER_MESSAGE } from "../../../worker/maintenance/vocabulary";
import { type FormReply, formErrorOf } from "../../lib/forms";
import { accepted } from "../../lib/maintenance-forms";
import { FormError } from "../alert";
import { Button } from "../button";
import { TextAreaField } from "../field";
import { PhotoPicker } from "../photo-picker";

/**
 * A message with photos (intent `comment`, multipart, up to `MAX_PHOTOS_PER_MESSAGE`); it empties once sent.
 * Loaded when the thread's "Write a message" is opened (app/components/maintenance/comments.tsx).
 */
export function CommentForm() {
  const t = useTranslations("maintenanceRequest.comments");
  const fetcher = useFetcher<FormReply>();
  const lastResult = fetcher.data?.result;
  const [form, fields] = useForm<{ text: string }>({ id: "comment", lastResult });
  const busy = fetcher.state !== "idle";
  return (
    <fetcher.Form
      key={form.key}
      method="post"
      encType="multipart/form-data"
      className="space-y-3"
      {...getFormProps(form)}
      noValidate={false}
    >
      <input type="hidden" name="intent" value="comment" />
      <FormError message={formErrorOf(lastResult)} />
      <TextAreaField label={t("text")} field={fields.text} required rows={3} />
      <PhotoPicker
        name="photos"
        id="comment-photos"
        label={t("photos")}
        camera
        max={MAX_PHOTOS_PER_MESSAGE}
        sending={busy}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button disabled={busy}>{busy ? t("sending") : t("send")}</Button>
        {accepted(lastResult) && !busy ? (
          <p role="status" className="text-sm font-medium text-emerald-800">
            {t("sent")}
          </p>
        ) : null}
      </div>
    </fetcher.Form>
  );
}
