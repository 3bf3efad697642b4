import { useTranslations } from "use-intl";

/**
 * What a part of the page shows while its code arrives (the `Suspense` fallback of a lazy tab or of a form
 * opened in a disclosure): a polite status line, in the reader's language.
 */
export function Loading({ className = "" }: { className?: string }) {
  const t = useTranslations("ui");
  return (
    <p role="status" className={`text-sm text-slate-600 ${className}`.trim()}>
      {t("loading")}
    </p>
  );
}
