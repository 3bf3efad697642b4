import { Form, Link, useSearchParams } from "react-router";
import { useTranslations } from "use-intl";
import { auditLabelKey } from "../../../worker/audit/vocabulary";
import { Button, buttonClass } from "../button";
import { SelectField, TextField } from "../field";
import { Disclosure } from "../ui/disclosure";

type Person = { id: string; name: string; email: string };

/**
 * The audit page's filters, in the URL (a GET form: a filtered trail can be bookmarked and works without
 * JavaScript): the person who acted, the action, the object's id, the first and last day (in the org's time
 * zone, both included), behind "Filters" (open while some are set). The CSV link downloads what they match.
 */
export function AuditFilters({ actors, actions }: { actors: Person[]; actions: string[] }) {
  const t = useTranslations("audit");
  const [search] = useSearchParams();
  const exportParams = new URLSearchParams(search);
  exportParams.delete("page");
  const filtered = [...exportParams.keys()].length > 0;
  return (
    <div className="flex flex-wrap items-start gap-2">
      <Disclosure summary={t("filters.title")} defaultOpen={filtered} className="grow basis-full sm:basis-auto">
        <AuditFilterForm actors={actors} actions={actions} />
      </Disclosure>
      <a
        href={`/settings/audit/export?${exportParams}`}
        download
        className={buttonClass("secondary", "sm:ms-auto")}
        data-testid="audit-csv"
      >
        {t("csv")}
      </a>
    </div>
  );
}

/** An action in the reader's words with the recorded action after it ("Expense recorded · POST /api/expenses"). */
function useAuditActionWords() {
  const t = useTranslations("auditActions");
  return (action: string) => {
    const key = auditLabelKey(action);
    return t.has(key as Parameters<typeof t.has>[0]) ? `${t(key as Parameters<typeof t>[0])} · ${action}` : action;
  };
}

/** The filter fields, prefilled from the URL. */
function AuditFilterForm({ actors, actions }: { actors: Person[]; actions: string[] }) {
  const t = useTranslations("audit");
  const actionWords = useAuditActionWords();
  const [search] = useSearchParams();
  const value = (key: string) => search.get(key) ?? "";
  return (
    <Form
      method="get"
      className="mt-2 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-5"
    >
      <SelectField label={t("filters.person")} name="actorUserId" defaultValue={value("actorUserId")}>
        <option value="">{t("filters.anyone")}</option>
        {actors.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name ? `${p.name} (${p.email})` : p.email}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("filters.action")} name="action" defaultValue={value("action")}>
        <option value="">{t("filters.anyAction")}</option>
        {actions.map((a) => (
          <option key={a} value={a}>
            {actionWords(a)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("filters.object")}
        hint={t("filters.objectHint")}
        name="targetId"
        defaultValue={value("targetId")}
        spellCheck={false}
        autoComplete="off"
      />
      <TextField label={t("filters.from")} name="from" type="date" defaultValue={value("from")} />
      <TextField label={t("filters.to")} name="to" type="date" defaultValue={value("to")} />
      <div className="flex flex-wrap items-center gap-2 sm:col-span-2 lg:col-span-5">
        <Button>{t("filters.apply")}</Button>
        <Link to="?" className={buttonClass("ghost")}>
          {t("filters.reset")}
        </Link>
      </div>
    </Form>
  );
}
