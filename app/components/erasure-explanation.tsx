import { useTranslations } from "use-intl";

type Kind = "account" | "org";

/** What erasing the account or closing the org does, and what the law keeps. */
export function ErasureExplanation({ kind }: { kind: Kind }) {
  const t = useTranslations("erasureForms");
  const lines =
    kind === "account" ? [t("account.deleted"), t("account.kept"), t("account.owner")] : [t("org.what"), t("org.kept")];
  return (
    <ul className="list-disc space-y-2 ps-5 text-sm text-slate-800">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
