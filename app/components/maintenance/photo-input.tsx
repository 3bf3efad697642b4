import { Camera, ImagePlus } from "lucide-react";
import { useEffect, useState } from "react";
import { useTranslations } from "use-intl";

type Preview = { url: string; name: string };

/** Object URLs of the chosen files, for previews (the caller revokes them). */
const previewsOf = (files: FileList | null): Preview[] =>
  Array.from(files ?? [], (f) => ({ url: URL.createObjectURL(f), name: f.name }));

const pickClass =
  "relative inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 shadow-sm hover:bg-slate-50 focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-teal-700";

/**
 * Photos for a maintenance request or comment: "Choose photos" takes several at once (gallery or camera,
 * `accept="image/*" multiple`), "Take a photo" opens the rear camera directly (`capture="environment"`). Both
 * inputs post under `name`; each chosen file is previewed. The API checks and re-encodes each image.
 */
export function PhotoInput({ name, id, label }: { name: string; id: string; label: string }) {
  const t = useTranslations("maintenance.photoInput");
  const [picked, setPicked] = useState<Preview[]>([]);
  const [shot, setShot] = useState<Preview[]>([]);
  useEffect(() => () => picked.forEach((p) => URL.revokeObjectURL(p.url)), [picked]);
  useEffect(() => () => shot.forEach((p) => URL.revokeObjectURL(p.url)), [shot]);
  const previews = [...picked, ...shot];
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{label}</legend>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {t("hint")}
      </p>
      <div className="flex flex-wrap gap-2">
        <label className={pickClass}>
          <ImagePlus aria-hidden="true" className="size-4" />
          {t("choose")}
          <input
            id={id}
            type="file"
            name={name}
            multiple
            accept="image/*"
            aria-describedby={`${id}-hint`}
            className="absolute inset-0 size-full cursor-pointer opacity-0"
            onChange={(e) => setPicked(previewsOf(e.currentTarget.files))}
          />
        </label>
        <label className={pickClass}>
          <Camera aria-hidden="true" className="size-4" />
          {t("camera")}
          <input
            type="file"
            name={name}
            accept="image/*"
            capture="environment"
            className="absolute inset-0 size-full cursor-pointer opacity-0"
            onChange={(e) => setShot(previewsOf(e.currentTarget.files))}
          />
        </label>
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
