import { Icon } from "./ui/icon";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useTranslations } from "use-intl";
import { fileListOf, shrinkPhoto } from "../lib/photo-upload";

/** A chosen photo: made small in the browser (`ready`) or being made small; its preview's object URL. */
type Item = { key: number; file: File; url: string; ready: boolean };

const pickClass =
  "relative inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 shadow-sm hover:bg-slate-50 focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-teal-700";

let nextKey = 0;
const subscribeNothing = () => () => {};

/**
 * The chosen photos: each made small in the browser (lib/photo-upload.ts) as it is added, at most `max`
 * (the extra ones dropped, `overflow` says so), any one removable before sending. `files` is what the form
 * posts (the small ones, once ready).
 */
function usePickedPhotos(max: number) {
  const [items, setItems] = useState<Item[]>([]);
  const [overflow, setOverflow] = useState(false);
  const urls = useRef(new Set<string>());
  const pending = useRef(new Set<Promise<unknown>>());
  useEffect(() => () => urls.current.forEach((u) => URL.revokeObjectURL(u)), []);
  const release = (url: string) => {
    URL.revokeObjectURL(url);
    urls.current.delete(url);
  };
  const add = (chosen: File[]) => {
    const room = Math.max(0, max - items.length);
    setOverflow(chosen.length > room);
    const added = chosen.slice(0, room).map((file) => {
      const url = URL.createObjectURL(file);
      urls.current.add(url);
      return { key: nextKey++, file, url, ready: false };
    });
    setItems((current) => [...current, ...added]);
    for (const item of added) {
      const job = shrinkPhoto(item.file).then((file) =>
        setItems((current) => current.map((i) => (i.key === item.key ? { ...i, file, ready: true } : i))),
      );
      pending.current.add(job);
      void job.finally(() => pending.current.delete(job));
    }
  };
  const remove = (key: number) => {
    setOverflow(false);
    setItems((current) => {
      const gone = current.find((i) => i.key === key);
      if (gone) release(gone.url);
      return current.filter((i) => i.key !== key);
    });
  };
  const carrier = useRef<HTMLInputElement>(null);
  useSubmitWhenReady(carrier, pending);
  useEffect(() => {
    if (carrier.current) carrier.current.files = fileListOf(items.filter((i) => i.ready).map((i) => i.file));
  }, [items]);
  return { items, overflow, add, remove, carrier };
}

/**
 * A form sent while its photos are still being made small waits for them, then is sent again by the same
 * button (the hidden input holds only the ready ones). Listens on the form itself, before the router's
 * handler, which leaves a prevented submit alone.
 */
function useSubmitWhenReady(
  carrier: React.RefObject<HTMLInputElement | null>,
  pending: { current: Set<Promise<unknown>> },
) {
  useEffect(() => {
    const form = carrier.current?.form;
    if (!form) return;
    const onSubmit = (event: SubmitEvent) => {
      if (!pending.current.size) return;
      event.preventDefault();
      const submitter = event.submitter;
      void Promise.all(pending.current).then(() =>
        requestAnimationFrame(() => form.requestSubmit(submitter instanceof HTMLElement ? submitter : null)),
      );
    };
    form.addEventListener("submit", onSubmit);
    return () => form.removeEventListener("submit", onSubmit);
  });
}

/**
 * The one photo input (listings, maintenance requests, their comments, the vendor page): "Choose photos"
 * takes several at once from the gallery (or the camera, on phones), and with `camera` a "Take a photo" button
 * opens the rear camera directly (`capture="environment"`). Each chosen photo is made small in the browser
 * before it is sent (at most 2000 px, JPEG; lib/photo-upload.ts), with a count while that runs, shown, and
 * removable; at most `max` per message (a translated note when more were chosen). Once the page is
 * interactive, a hidden input named `name` holds what is posted; before, the visible inputs post as they are
 * (the API checks, and re-encodes, every image either way). `sending` shows how many are being sent.
 */
export function PhotoPicker({
  name,
  id,
  label,
  hint,
  camera = false,
  accept = "image/*",
  className = "",
  max,
  sending = false,
}: {
  name: string;
  id: string;
  label: string;
  hint?: string;
  camera?: boolean;
  accept?: string;
  className?: string;
  max?: number;
  sending?: boolean;
}) {
  const t = useTranslations("ui.photoPicker");
  // True once hydrated (false in the server's HTML and while hydrating, so both render the same).
  const interactive = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  const { items, overflow, add, remove, carrier } = usePickedPhotos(max ?? Number.POSITIVE_INFINITY);
  const pick = (input: HTMLInputElement) => {
    if (!interactive) return;
    add(Array.from(input.files ?? []));
    input.value = ""; // the same photo may be chosen again after being removed
  };
  const inputProps = {
    name: interactive ? undefined : name,
    accept,
    className: "absolute inset-0 size-full cursor-pointer opacity-0",
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => pick(e.currentTarget),
  };
  return (
    <fieldset className={`space-y-2 ${className}`.trim()}>
      <legend id={`${id}-legend`} className="text-sm font-medium text-slate-800">
        {label}
      </legend>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {hint ?? t("hint")} {max ? t("limit", { max }) : null}
      </p>
      <div className="flex flex-wrap gap-2">
        <label className={pickClass}>
          <Icon name="image-plus" className="size-4" />
          <span id={`${id}-choose`}>{t("choose")}</span>
          <input
            id={id}
            type="file"
            multiple
            aria-labelledby={`${id}-legend ${id}-choose`}
            aria-describedby={`${id}-hint`}
            {...inputProps}
          />
        </label>
        {camera ? (
          <label className={pickClass}>
            <Icon name="camera" className="size-4" />
            <span id={`${id}-camera`}>{t("camera")}</span>
            <input type="file" capture="environment" aria-labelledby={`${id}-legend ${id}-camera`} {...inputProps} />
          </label>
        ) : null}
      </div>
      {interactive ? <input ref={carrier} type="file" name={name} multiple hidden tabIndex={-1} /> : null}
      <PickedStatus items={items} overflow={overflow} max={max} sending={sending} />
      <Previews items={items} remove={remove} />
    </fieldset>
  );
}

/** The count while photos are made small, then how many are ready (or being sent); the note past `max`. */
function PickedStatus({
  items,
  overflow,
  max,
  sending,
}: {
  items: Item[];
  overflow: boolean;
  max?: number;
  sending: boolean;
}) {
  const t = useTranslations("ui.photoPicker");
  const ready = items.filter((i) => i.ready).length;
  const text = !items.length
    ? ""
    : ready < items.length
      ? t("preparing", { done: ready, total: items.length })
      : sending
        ? t("sending", { count: ready })
        : t("ready", { count: ready });
  return (
    <>
      <p role="status" className="text-sm text-slate-700" data-testid="photo-status" data-ready={ready}>
        {text}
      </p>
      {overflow && max ? (
        <p role="alert" className="text-sm font-medium text-amber-800">
          {t("tooMany", { max })}
        </p>
      ) : null}
    </>
  );
}

/** The chosen photos, each with a spinner while it is made small and a button that removes it. */
function Previews({ items, remove }: { items: Item[]; remove: (key: number) => void }) {
  const t = useTranslations("ui.photoPicker");
  if (!items.length) return null;
  return (
    <ul className="flex flex-wrap gap-3 pt-2" data-testid="photo-previews">
      {items.map((p, i) => (
        <li key={p.key} className="relative" data-ready={p.ready}>
          <img
            src={p.url}
            alt={t("previewAlt", { number: i + 1, name: p.file.name })}
            className="size-20 rounded-lg object-cover ring-1 ring-slate-200"
          />
          {p.ready ? null : (
            <Icon
              name="loader-circle"
              aria-hidden="true"
              className="absolute inset-0 m-auto size-6 animate-spin text-white drop-shadow"
            />
          )}
          <button
            type="button"
            onClick={() => remove(p.key)}
            aria-label={t("remove", { number: i + 1 })}
            className="absolute -end-2 -top-2 flex size-7 items-center justify-center rounded-full bg-white text-slate-700 shadow ring-1 ring-slate-300 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-teal-700"
          >
            <Icon name="x" className="size-4" />
          </button>
        </li>
      ))}
    </ul>
  );
}
