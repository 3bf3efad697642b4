import { useEffect, useState } from "react";
import { useTranslations } from "use-intl";

/**
 * A file input taking several photos at once (JPEG, PNG, WebP), with a preview of each chosen file
 * (object URLs, released when the choice changes). The files travel with the form as `name`.
 */
export function PhotoPicker({ name, id, label }: { name: string; id: string; label: string }) {
  const t = useTranslations("listingManage");
  const [previews, setPreviews] = useState<{ url: string; name: string }[]>([]);
  useEffect(() => () => previews.forEach((p) => URL.revokeObjectURL(p.url)), [previews]);
  return (
    <div className="sm:col-span-2">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        type="file"
        name={name}
        multiple
        accept="image/jpeg,image/png,image/webp"
        aria-describedby={`${id}-hint`}
        className="mt-1 block w-full text-sm"
        onChange={(e) =>
          setPreviews(Array.from(e.currentTarget.files ?? [], (f) => ({ url: URL.createObjectURL(f), name: f.name })))
        }
      />
      <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
        {t("photosHint")}
      </p>
      {previews.length ? (
        <ul className="mt-2 flex flex-wrap gap-2" data-testid="photo-previews">
          {previews.map((p, i) => (
            <li key={p.url}>
              <img
                src={p.url}
                alt={t("previewAlt", { number: i + 1, name: p.name })}
                className="h-20 w-28 rounded object-cover"
              />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
