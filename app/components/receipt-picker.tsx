import { Icon } from "./ui/icon";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { shrinkInputFiles } from "../lib/photo-upload";

/** The app's file button (the photo picker's look: an icon and words, a 44 px target). */
const pickClass =
  "relative inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 shadow-sm hover:bg-slate-50 focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-teal-700";

/**
 * The receipt input of the expense form: one file (a photo from the phone's camera or gallery, or a PDF;
 * `accept`), chosen with the app's styled file button like the photo picker's (components/photo-picker.tsx),
 * and the chosen file's name beside it. A photo is made small before it is sent (lib/photo-upload.ts), a PDF
 * goes as it is; the API checks every file's bytes again. The input is a real one named `name`, so the form
 * posts it before hydration too.
 */
export function ReceiptPicker({
  name,
  id,
  label,
  accept = "image/*,application/pdf",
  className = "",
}: {
  name: string;
  id: string;
  label: string;
  accept?: string;
  className?: string;
}) {
  const t = useTranslations("expenses.form");
  const [chosen, setChosen] = useState<string | null>(null);
  const pick = async (input: HTMLInputElement) => {
    setChosen(input.files?.[0]?.name ?? null);
    await shrinkInputFiles(input);
    setChosen(input.files?.[0]?.name ?? null);
  };
  return (
    <div className={className}>
      <span id={`${id}-label`} className="block text-sm font-medium text-slate-800">
        {label}
      </span>
      <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-2">
        <label className={pickClass}>
          <Icon name="paperclip" className="size-4 shrink-0" />
          <span id={`${id}-choose`}>{t("receiptChoose")}</span>
          <input
            id={id}
            name={name}
            type="file"
            accept={accept}
            aria-labelledby={`${id}-label ${id}-choose`}
            aria-describedby={`${id}-chosen`}
            className="absolute inset-0 size-full cursor-pointer opacity-0"
            onChange={(e) => void pick(e.currentTarget)}
          />
        </label>
        <p id={`${id}-chosen`} className="min-w-0 text-sm break-all text-slate-600" data-testid="receipt-chosen">
          {chosen ? (
            <>
              {t("receiptChosen")} <bdi>{chosen}</bdi>
            </>
          ) : (
            t("receiptNone")
          )}
        </p>
      </div>
    </div>
  );
}
