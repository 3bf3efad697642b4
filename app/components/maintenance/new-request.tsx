import { useEffect } from "react";
import { Form, useFetcher } from "react-router";
import { useTranslations } from "use-intl";
import type { loader as optionsLoader } from "../../routes/maintenance-options";
import { Button } from "../button";
import { SelectField } from "../field";
import { Disclosure } from "../ui/disclosure";

/**
 * The board's "New request" (staff open one found during an inspection or reported by phone): pick the
 * apartment, its building naming each group, then the report form opens (/apartments/:id/report). The
 * apartments load when it opens (/maintenance/options?what=apartments); the form is a plain GET, so it
 * works before JavaScript loads.
 */
export function NewRequestPanel() {
  const t = useTranslations("maintenanceStaff.board");
  return (
    <Disclosure summary={t("newRequest")}>
      <ApartmentPicker />
    </Disclosure>
  );
}

function ApartmentPicker() {
  const t = useTranslations("maintenanceStaff.board");
  const options = useFetcher<typeof optionsLoader>();
  const { load } = options;
  useEffect(() => void load("/maintenance/options?what=apartments"), [load]);
  const buildings = options.data?.buildings ?? [];
  const loaded = options.data !== undefined;
  return (
    <Form method="get" action="/maintenance/options" className="mt-3 space-y-3" data-testid="new-request">
      <input type="hidden" name="what" value="report" />
      <p className="text-sm text-slate-600">{t("newRequestHint")}</p>
      {loaded && buildings.length === 0 ? (
        <p className="text-sm text-slate-700">{t("noApartments")}</p>
      ) : (
        <div className="flex flex-wrap items-end gap-3">
          <SelectField label={t("apartment")} name="apartmentId" required className="min-w-56 flex-1">
            <option value="">{loaded ? t("chooseApartment") : t("loadingApartments")}</option>
            {buildings.map((b) => (
              <optgroup key={b.id} label={b.name}>
                {b.apartments.map((a) => (
                  <option key={a.id} value={a.id}>
                    {t("unit", { unit: a.unitNumber, property: b.name })}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
          <Button disabled={!loaded}>{t("continue")}</Button>
        </div>
      )}
    </Form>
  );
}
