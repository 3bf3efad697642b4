import { Icon } from "./ui/icon";
import { useState } from "react";
import { useTranslations } from "use-intl";

/**
 * A listing's photos in display order, for the edit form: move one with its arrow buttons (keyboard and
 * touch) or drag it onto another (mouse); untick "keep" to remove it on save. Posts, in the order shown,
 * `<name>[i].id`, `<name>[i].keep` and `<name>[i].position` (the edit form turns them into `photoOrder`).
 * Thumbnails are signed links, so a draft's photos show too.
 */
export function PhotoOrder({
  name,
  photos,
}: {
  name: string;
  photos: { id: string; url: string; thumbUrl?: string }[];
}) {
  const t = useTranslations("listingManage.manage");
  const m = useTranslations("listingManage");
  const [order, setOrder] = useState(photos);
  const [dragged, setDragged] = useState<number | null>(null);
  const move = (from: number, to: number) =>
    setOrder((list) => {
      if (to < 0 || to >= list.length) return list;
      const next = [...list];
      const [photo] = next.splice(from, 1);
      next.splice(to, 0, photo!);
      return next;
    });
  return (
    <fieldset className="sm:col-span-2">
      <legend className="text-sm font-medium">{m("orderLegend")}</legend>
      <p className="text-sm text-slate-600">{m("dragHint")}</p>
      <ol className="mt-2 flex flex-wrap gap-3" data-testid="photo-order">
        {order.map((p, i) => (
          <li
            key={p.id}
            data-photo-id={p.id}
            draggable
            onDragStart={() => setDragged(i)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={() => {
              if (dragged !== null) move(dragged, i);
              setDragged(null);
            }}
            className="w-36 space-y-1 rounded-lg border border-slate-200 p-1 text-sm"
          >
            <img
              src={p.thumbUrl ?? p.url}
              alt={m("position", { number: i + 1, total: order.length })}
              className="h-24 w-full rounded object-cover"
            />
            <input type="hidden" name={`${name}[${i}].id`} value={p.id} />
            <input type="hidden" name={`${name}[${i}].position`} value={i + 1} />
            <div className="flex items-center justify-between gap-1">
              <label className="flex items-center gap-1">
                <input type="checkbox" name={`${name}[${i}].keep`} defaultChecked /> {t("keep")}
              </label>
              <span className="flex gap-1">
                <button
                  type="button"
                  onClick={() => move(i, i - 1)}
                  disabled={i === 0}
                  aria-label={m("moveUp", { number: i + 1 })}
                  className="rounded border border-slate-300 p-1 disabled:opacity-40"
                >
                  <Icon name="arrow-left" className="size-4 rtl:rotate-180" />
                </button>
                <button
                  type="button"
                  onClick={() => move(i, i + 1)}
                  disabled={i === order.length - 1}
                  aria-label={m("moveDown", { number: i + 1 })}
                  className="rounded border border-slate-300 p-1 disabled:opacity-40"
                >
                  <Icon name="arrow-right" className="size-4 rtl:rotate-180" />
                </button>
              </span>
            </div>
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
