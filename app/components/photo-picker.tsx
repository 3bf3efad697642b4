import { Camera, ImagePlus } from "lucide-react";
import { useEffect, useState } from "react";
import { useTranslations } from "use-intl";

type Preview = { url: string; name: string };

/** Object URLs of the chosen files, for previews (the caller revokes them). */
const previewsOf = (files: FileList | null): Preview[] =>
  Array.from(files ?? [], (f) => ({ url: URL.createObjectURL(f), name: f.name }));

/** The types a listing's photos may be (the listing upload refuses others). */
const LISTING_PHOTO_TYPES = "image/jpeg,image/png,image/webp";

const pickClass =
  "relative inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 shadow-sm hover:bg-slate-50 focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-teal-700";

/**
 * The one photo input (listings, maintenance requests and their comments): "Choose photos" takes several at
 * once from the gallery (or the camera, on phones), and with `camera` a "Take a photo" button opens the rear
 * camera directly (`capture="environment"`). Both inputs post under `name`, each chosen file is previewed
 * (object URLs, released when the choice changes). `accept` narrows the types offered (the API checks and
 * re-encodes each image whatever the browser lets through); `hint` replaces the default one. The inputs are
 * named by `label` and their button.
 */
export function PhotoPicker({
  name,
  id,
  label,
  hint,
  camera = false,
  accept = "image/*",
  className = "",
}: {
  name: string;
  id: string;
  label: string;
  hint?: string;
  camera?: boolean;
  accept?: string;
  className?: string;
}) {
  const t = useTranslations("ui.photoPicker");
  const [picked, setPicked] = useState<Preview[]>([]);
  const [shot, setShot] = useState<Preview[]>([]);
  useEffect(() => () => picked.forEach((p) => URL.revokeObjectURL(p.url)), [picked]);
  useEffect(() => () => shot.forEach((p) => URL.revokeObjectURL(p.url)), [shot]);
  const previews = [...picked, ...shot];
  return (
    <fieldset className={`space-y-2 ${className}`.trim()}>
      <legend id={`${id}-legend`} className="text-sm font-medium text-slate-800">
        {label}
      </legend>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {hint ?? t("hint")}
      </p>
      <div className="flex flex-wrap gap-2">
        <label className={pickClass}>
          <ImagePlus aria-hidden="true" className="size-4" />
          <span id={`${id}-choose`}>{t("choose")}</span>
          <input
            id={id}
            type="file"
            name={name}
            multiple
            accept={accept}
            aria-labelledby={`${id}-legend ${id}-choose`}
            aria-describedby={`${id}-hint`}
            className="absolute inset-0 size-full cursor-pointer opacity-0"
            onChange={(e) => setPicked(previewsOf(e.currentTarget.files))}
          />
        </label>
        {camera ? (
          <label className={pickClass}>
            <Camera aria-hidden="true" className="size-4" />
            <span id={`${id}-camera`}>{t("camera")}</span>
            <input
              type="file"
              name={name}
              accept={accept}
              capture="environment"
              aria-labelledby={`${id}-legend ${id}-camera`}
              className="absolute inset-0 size-full cursor-pointer opacity-0"
              onChange={(e) => setShot(previewsOf(e.currentTarget.files))}
            />
          </label>
        ) : null}
      </div>
      {previews.length ? (
        <ul className="flex flex-wrap gap-2" data-testid="photo-previews">
          {previews.map((p, i) => (
            <li key={p.url}>
              <img
                src={p.url}
                alt={t("previewAlt", { number: i + 1, name: p.name })}
                className="size-20 rounded-lg object-cover ring-1 ring-slate-200"
              />
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}

/** A listing's photos (posted as `photos`): JPEG, PNG or WebP, several at once, no camera button. */
export function ListingPhotoPicker({ id, className }: { id: string; className?: string }) {
  const m = useTranslations("listingManage");
  const props = { name: "photos", label: m("photos"), hint: m("photosHint"), accept: LISTING_PHOTO_TYPES };
  return <PhotoPicker id={id} className={className} {...props} />;
}
