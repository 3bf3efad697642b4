import { Link } from "react-router";
import { useTranslations } from "use-intl";

/** The Rentline mark and name, linking home. */
export function Logo({ to = "/" }: { to?: string }) {
  const t = useTranslations("ui");
  return (
    <Link
      to={to}
      aria-label={t("logo")}
      className="inline-flex items-center gap-2 rounded-md text-lg font-bold tracking-tight text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-teal-700"
    >
      <svg aria-hidden="true" viewBox="0 0 32 32" className="h-8 w-8">
        <rect width="32" height="32" rx="8" className="fill-teal-700" />
        <path d="M8 15.5 16 9l8 6.5V24a1 1 0 0 1-1 1h-4.5v-5h-5v5H9a1 1 0 0 1-1-1z" className="fill-white" />
      </svg>
      <span translate="no">Rentline</span>
    </Link>
  );
}
