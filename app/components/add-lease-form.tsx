import { getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { Form, useNavigation } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import type { z } from "zod";
import type { leaseInput } from "../../worker/leases/contract";
import { isFrenchJurisdiction } from "../../worker/lib/french-lease-law";
import { minorToInput } from "../../worker/lib/money-input";
import { liveLeaseLaw } from "../lib/agreement-law";
import { formErrorOf, succeeded } from "../lib/forms";
import { Button } from "./button";
import { MobilityReasonSelect } from "./mobility-reason";
import { TextField } from "./field";
import { LandlordKindSelect, LawViolations, LeaseKindSelect, LeaseTermText } from "./lease-law";

type Apartment = {
  rentAmount: number;
  currency: string;
  country: string;
  landlordKind?: "individual" | "company" | null;
};
type LeaseFields = ReturnType<typeof useForm<z.input<typeof leaseInput>>>[1];

const typed = (value: unknown) => (typeof value === "string" ? value : undefined);

/** The term as written and each rule of French law the values typed so far break (a dwelling in France). */
function LeaseLawNotes({ apartment, fields }: { apartment: Apartment; fields: LeaseFields }) {
  const violations = liveLeaseLaw(apartment.country, apartment.currency, {
    kind: fields.kind.value,
    landlordKind: fields.landlordKind.value,
    startDate: fields.startDate.value,
    endDate: fields.endDate.value,
    rentAmount: fields.rentAmount.value,
    depositAmount: fields.depositAmount.value,
    mobilityReason: fields.mobilityReason.value,
  });
  return (
    <div className="space-y-1 sm:col-span-3">
      <LeaseTermText startDate={typed(fields.startDate.value)} endDate={typed(fields.endDate.value)} />
      <LawViolations country={apartment.country} violations={violations} currency={apartment.currency} />
    </div>
  );
}

/**
 * A new lease and its first renter's invitation (`add-renter`, app/lib/lease-actions.server.ts): rent
 * (excluding charges) and the monthly charges typed as money in the apartment's currency. In France, the kind of lease and who lets, the term as written, and
 * each rule of loi n° 89-462 the values break, explained as they are typed; a rule the API refuses comes
 * back as its sentence next to its field.
 */
export function AddLeaseForm({
  apartment,
  lastResult,
}: {
  apartment: Apartment;
  lastResult?: SubmissionResult<string[]>;
}) {
  const t = useTranslations("leases.add");
  const locale = useLocale();
  const busy = useNavigation().state !== "idle";
  const french = isFrenchJurisdiction(apartment.country);
  const [form, fields] = useForm<z.input<typeof leaseInput>>({
    lastResult,
    defaultValue: {
      dueDay: 1,
      rentAmount: minorToInput(apartment.rentAmount, apartment.currency, locale),
      kind: "unfurnished",
      landlordKind: apartment.landlordKind ?? "individual",
    },
  });
  const error = formErrorOf(lastResult);
  return (
    <Form
      method="post"
      className="mt-3 grid gap-3 sm:grid-cols-3"
      aria-label={t("formLabel")}
      {...getFormProps(form)}
      noValidate={false}
    >
      <input type="hidden" name="intent" value="add-renter" />
      <input type="hidden" name="currency" value={apartment.currency} />
      <TextField label={t("renterEmail")} field={fields.renterEmail} type="email" required className="sm:col-span-3" />
      {french && (
        <>
          <LeaseKindSelect field={fields.kind} className="sm:col-span-2" />
          {/* Set by the org's legal identity once it has one (settings): shown, not chosen (the API follows it). */}
          <LandlordKindSelect field={fields.landlordKind} locked={apartment.landlordKind != null} />
          {fields.kind.value === "mobility" && (
            <MobilityReasonSelect field={fields.mobilityReason} className="sm:col-span-3" />
          )}
        </>
      )}
      <TextField label={t("startDate")} field={fields.startDate} type="date" required />
      <TextField label={t("endDate")} field={fields.endDate} type="date" />
      <TextField label={t("dueDay")} field={fields.dueDay} type="number" min={1} max={31} required />
      <TextField
        label={t("rent", { currency: apartment.currency })}
        field={fields.rentAmount}
        inputMode="decimal"
        required
      />
      <TextField
        label={t("charges", { currency: apartment.currency })}
        field={fields.chargesAmount}
        inputMode="decimal"
      />
      <TextField label={t("deposit")} field={fields.depositAmount} inputMode="decimal" />
      <TextField label={t("firstMonth")} field={fields.firstMonthAmount} inputMode="decimal" />
      <TextField label={t("lastMonth")} field={fields.lastMonthAmount} inputMode="decimal" />
      <div className="flex items-end">
        <Button disabled={busy} className="w-full">
          {t("submit")}
        </Button>
      </div>
      {french && <LeaseLawNotes apartment={apartment} fields={fields} />}
      {error && !succeeded(lastResult) && (
        <p role="alert" className="text-sm text-red-700 sm:col-span-3">
          {error}
        </p>
      )}
    </Form>
  );
}
