import { getFormProps, useForm } from "@conform-to/react";
import { useCallback, useEffect, useState } from "react";
import { useFetcher } from "react-router";
import { useTranslations } from "use-intl";
import type { z } from "zod";
import type { vendorInput } from "../../../worker/maintenance/contract";
import { MAINTENANCE_PRIORITIES } from "../../../worker/maintenance/vocabulary";
import { type FormReply, formErrorOf } from "../../lib/forms";
import { accepted } from "../../lib/maintenance-forms";
import type { loader as optionsLoader } from "../../routes/maintenance-options";
import { FormError } from "../alert";
import { Button } from "../button";
import { type Field, SelectField, TextField } from "../field";
import { Disclosure } from "../ui/disclosure";
import type { RequestRow } from "./types";
import { VendorLinkBox, type VendorLinkReply } from "./vendor-link";

/** The current assignment as the "Assign to" select's value: `user:<id>`, `vendor:<id>` or "". */
const assignedTo = (r: RequestRow) =>
  r.vendorId ? `vendor:${r.vendorId}` : r.assigneeUserId ? `user:${r.assigneeUserId}` : "";

/**
 * Priority and assignment (owners and managers): one select for whoever does the job, a team member (the
 * maintenance staff first) or a vendor, loaded when the page opens (app/routes/maintenance-options.tsx); a
 * new vendor is added inline and assigned at once (they are emailed their link; one already listed is
 * assigned instead), and the vendor's link is shown to copy (./vendor-link.tsx).
 */
export function AssignPanel({ request }: { request: RequestRow }) {
  const t = useTranslations("maintenanceStaff.assign");
  const ta = useTranslations("maintenanceRequest.actions");
  const team = useFetcher<typeof optionsLoader>();
  const vendors = useFetcher<typeof optionsLoader>();
  const fetcher = useFetcher<FormReply & VendorLinkReply>();
  const [added, setAdded] = useState<VendorLinkReply | null>(null);
  const lastResult = fetcher.data?.result;
  const current = assignedTo(request);
  const [form, fields] = useForm<{ priority: string; assignTo: string }>({
    id: "assign",
    lastResult,
    defaultValue: { priority: request.priority },
  });
  const { load: loadTeam } = team;
  const { load: loadVendors } = vendors;
  useEffect(() => {
    void loadTeam("/maintenance/options?what=team");
    void loadVendors("/maintenance/options?what=vendors");
  }, [loadTeam, loadVendors]);
  const onAdded = useCallback(
    (reply: VendorLinkReply) => {
      setAdded(reply);
      void loadVendors("/maintenance/options?what=vendors");
    },
    [loadVendors],
  );
  const loaded = team.data && vendors.data;
  return (
    <section
      aria-labelledby="assign-title"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <h2 id="assign-title" className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      <fetcher.Form method="post" className="mt-3 space-y-3" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="patch" />
        <FormError message={formErrorOf(lastResult)} />
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField label={t("priority")} field={fields.priority}>
            {MAINTENANCE_PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`priorities.${p}`)}
              </option>
            ))}
          </SelectField>
          <AssigneeSelect
            field={fields.assignTo}
            current={current}
            loaded={Boolean(loaded)}
            people={team.data?.team ?? []}
            firms={vendors.data?.vendors ?? []}
          />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button disabled={fetcher.state !== "idle" || !loaded}>{t("save")}</Button>
          {accepted(lastResult) && fetcher.state === "idle" ? (
            <p role="status" className="text-sm font-medium text-emerald-800">
              {ta("done.patch")}
            </p>
          ) : null}
        </div>
      </fetcher.Form>
      <VendorLinkBox request={request} fresh={fetcher.data?.vendorLink ?? added?.vendorLink} />
      <Disclosure summary={t("newVendor")} className="mt-4">
        <VendorForm onAdded={onAdded} />
      </Disclosure>
    </section>
  );
}

type Options = Awaited<ReturnType<typeof optionsLoader>>;

/** Whoever does the job: nobody, a team member or a vendor (`user:<id>`, `vendor:<id>`). */
function AssigneeSelect({
  field,
  current,
  loaded,
  people,
  firms,
}: {
  field: Field;
  current: string;
  loaded: boolean;
  people: NonNullable<Options["team"]>;
  firms: NonNullable<Options["vendors"]>;
}) {
  const t = useTranslations("maintenanceStaff.assign");
  const shown =
    loaded &&
    (current === "" ||
      people.some((m) => current === `user:${m.userId}`) ||
      firms.some((f) => current === `vendor:${f.id}`));
  return (
    // Keyed on the assignment once its option exists, so it is the one selected (a contractor just added and
    // assigned too, once the reloaded list holds them).
    // A plain select (its error from the field): its choice is the request's current assignment, which changes
    // while the form lives, so it cannot be a Conform default fixed at mount.
    <SelectField
      key={shown ? `shown-${current}` : "waiting"}
      label={t("assignTo")}
      name={field.name}
      id={field.id}
      error={field.errors?.[0]}
      defaultValue={current}
    >
      <option value="">{t("nobody")}</option>
      <optgroup label={t("member")}>
        {people.map((m) => (
          <option key={m.userId} value={`user:${m.userId}`}>
            {m.name}
          </option>
        ))}
      </optgroup>
      <optgroup label={t("vendor")}>
        {firms.map((v) => (
          <option key={v.id} value={`vendor:${v.id}`}>
            {v.name} · {v.trade}
          </option>
        ))}
      </optgroup>
    </SelectField>
  );
}

/** A new vendor (name, trade, email, phone), assigned to this request once added (intent `vendor`). */
function VendorForm({ onAdded }: { onAdded: (reply: VendorLinkReply) => void }) {
  const t = useTranslations("maintenanceStaff");
  const ta = useTranslations("maintenanceRequest.actions");
  const fetcher = useFetcher<FormReply & VendorLinkReply>();
  const lastResult = fetcher.data?.result;
  const [form, fields] = useForm<z.input<typeof vendorInput>>({ id: "vendor", lastResult });
  const added = accepted(lastResult) && fetcher.state === "idle";
  const reply = fetcher.data;
  useEffect(() => {
    if (added && reply) onAdded(reply);
  }, [added, reply, onAdded]);
  return (
    <fetcher.Form key={form.key} method="post" className="grid gap-3 sm:grid-cols-2" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="vendor" />
      <div className="sm:col-span-2">
        <FormError message={formErrorOf(lastResult)} />
      </div>
      <TextField label={t("assign.vendorName")} field={fields.name} required />
      <TextField label={t("assign.vendorTrade")} field={fields.trade} required />
      <TextField label={t("assign.vendorEmail")} type="email" field={fields.email} />
      <TextField label={t("assign.vendorPhone")} type="tel" field={fields.phone} />
      <p className="text-sm text-slate-600 sm:col-span-2">{t("assign.vendorHint")}</p>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button variant="secondary" disabled={fetcher.state !== "idle"}>
          {t("assign.addVendor")}
        </Button>
        {added ? (
          <p role="status" className="text-sm font-medium text-emerald-800">
            {reply?.reused ? t("assign.reused") : ta("done.vendor")}
          </p>
        ) : null}
      </div>
    </fetcher.Form>
  );
}
