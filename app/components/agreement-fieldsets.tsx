import { useTranslations } from "use-intl";
import type { useForm } from "@conform-to/react";
import type { z } from "zod";
import type { agreementForm } from "../lib/agreement-form.server";
import { type Field, TextField } from "./field";

/** The agreement editor's fieldsets (app/components/agreement-editor.tsx), labels from the `agreement` catalogue. */

type Values = z.input<ReturnType<typeof agreementForm>>;
export type FormFields = ReturnType<typeof useForm<Values>>[1];
type LandlordSet = ReturnType<FormFields["landlord"]["getFieldset"]>;
type RenterSet = ReturnType<ReturnType<FormFields["renters"]["getFieldList"]>[number]["getFieldset"]>;
type PropertySet = ReturnType<FormFields["property"]["getFieldset"]>;
type LeaseSet = ReturnType<FormFields["lease"]["getFieldset"]>;
type RentSet = ReturnType<FormFields["rent"]["getFieldset"]>;
type UtilitiesSet = ReturnType<FormFields["utilities"]["getFieldset"]>;
type DepositSet = ReturnType<FormFields["deposit"]["getFieldset"]>;
type GuarantorSet = ReturnType<FormFields["guarantor"]["getFieldset"]>;

/** One field of the agreement: read-only once the terms are locked. */
function AgreementField(props: {
  field: Field;
  label: string;
  locked: boolean;
  type?: "date" | "email";
  inputMode?: "decimal" | "numeric";
  className?: string;
  /** The contract's limit (worker/documents/fields.ts), so the browser stops typing there too. */
  maxLength?: number;
}) {
  const { field, label, locked, type, inputMode, className, maxLength } = props;
  return (
    <TextField
      field={field}
      label={label}
      type={type}
      inputMode={inputMode}
      className={className}
      readOnly={locked}
      maxLength={maxLength}
    />
  );
}

/** The landlord and the agreement's date. */
export function LandlordFieldset({
  date,
  landlord: l,
  company,
  locked,
}: {
  date: Field;
  landlord: LandlordSet;
  /** A company landlord (a personne morale): its SIRET and its representative, not an identity document. */
  company: boolean;
  locked: boolean;
}) {
  const t = useTranslations("agreement.landlord");
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2">
      <legend className="font-medium">{t("legend")}</legend>
      <AgreementField field={date} label={t("date")} type="date" locked={locked} />
      <AgreementField field={l.name} label={t("name")} locked={locked} maxLength={200} />
      <AgreementField
        field={l.idNumber}
        label={t(company ? "companyNumber" : "idNumber")}
        locked={locked}
        maxLength={60}
      />
      {company && (
        <AgreementField field={l.representative} label={t("representative")} locked={locked} maxLength={200} />
      )}
      <AgreementField field={l.phone} label={t("phone")} locked={locked} maxLength={40} />
      <AgreementField field={l.email} label={t("email")} type="email" locked={locked} />
      <AgreementField field={l.address} label={t("address")} locked={locked} maxLength={300} />
    </fieldset>
  );
}

/** One renter (numbered from 1). */
export function RenterFieldset({ index, renter: r, locked }: { index: number; renter: RenterSet; locked: boolean }) {
  const t = useTranslations("agreement.renter");
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2">
      <legend className="font-medium">{t("legend", { number: index + 1 })}</legend>
      <input
        type="hidden"
        name={r.userId.name}
        value={typeof r.userId.initialValue === "string" ? r.userId.initialValue : ""}
      />
      <AgreementField field={r.name} label={t("name")} locked={locked} maxLength={200} />
      <AgreementField field={r.idNumber} label={t("idNumber")} locked={locked} maxLength={60} />
      <AgreementField field={r.phone} label={t("phone")} locked={locked} maxLength={40} />
      <AgreementField field={r.email} label={t("email")} type="email" locked={locked} />
      <AgreementField
        field={r.address}
        label={t("address")}
        className="sm:col-span-2"
        locked={locked}
        maxLength={300}
      />
    </fieldset>
  );
}

/** The dwelling and the term (dates as ISO `YYYY-MM-DD` inputs). */
export function PropertyFieldset(props: { property: PropertySet; lease: LeaseSet; locked: boolean }) {
  const { property: p, lease: l, locked } = props;
  const t = useTranslations("agreement.property");
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2">
      <legend className="font-medium">{t("legend")}</legend>
      <AgreementField
        field={p.address}
        label={t("address")}
        className="sm:col-span-2"
        locked={locked}
        maxLength={300}
      />
      <AgreementField field={p.unit} label={t("unit")} locked={locked} maxLength={60} />
      <AgreementField field={p.roomsCount} label={t("rooms")} inputMode="numeric" locked={locked} />
      <AgreementField field={p.includedServices} label={t("includedServices")} locked={locked} maxLength={1000} />
      <AgreementField field={p.equipment} label={t("equipment")} locked={locked} maxLength={2000} />
      <AgreementField field={l.periodMonths} label={t("periodMonths")} inputMode="numeric" locked={locked} />
      <AgreementField field={l.startDate} label={t("startDate")} type="date" locked={locked} />
      <AgreementField field={l.endDate} label={t("endDate")} type="date" locked={locked} />
    </fieldset>
  );
}

/** Rent, charges, payment and deposit, typed as money in the agreement's currency. */
export function MoneyFieldset(props: {
  currency: string;
  rent: RentSet;
  utilities: UtilitiesSet;
  deposit: DepositSet;
  locked: boolean;
}) {
  const { currency, rent: r, utilities: u, deposit: d, locked } = props;
  const t = useTranslations("agreement.money");
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2">
      <legend className="font-medium">{t("legend", { currency })}</legend>
      <AgreementField field={r.amount} label={t("rent")} inputMode="decimal" locked={locked} />
      <AgreementField field={r.charges} label={t("charges")} inputMode="decimal" locked={locked} />
      <AgreementField field={r.paymentDay} label={t("paymentDay")} inputMode="numeric" locked={locked} />
      <AgreementField field={r.monthsPaidUpFront} label={t("monthsPaidUpFront")} inputMode="numeric" locked={locked} />
      <AgreementField field={r.standingOrderStart} label={t("standingOrderStart")} type="date" locked={locked} />
      <AgreementField field={u.waterLimit} label={t("waterLimit")} locked={locked} maxLength={100} />
      <AgreementField field={u.electricityLimit} label={t("electricityLimit")} locked={locked} maxLength={100} />
      <Checkbox field={d.required} label={t("depositRequired")} locked={locked} />
      <AgreementField field={d.amount} label={t("deposit")} inputMode="decimal" locked={locked} />
    </fieldset>
  );
}

/** Whether a guarantor is required, and who. */
export function GuarantorFieldset({ guarantor: g, locked }: { guarantor: GuarantorSet; locked: boolean }) {
  const t = useTranslations("agreement.guarantor");
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2">
      <legend className="font-medium">{t("legend")}</legend>
      <Checkbox field={g.required} label={t("required")} locked={locked} className="sm:col-span-2" />
      <AgreementField field={g.name} label={t("name")} locked={locked} maxLength={200} />
      <AgreementField field={g.idNumber} label={t("idNumber")} locked={locked} maxLength={60} />
      <AgreementField field={g.address} label={t("address")} locked={locked} maxLength={300} />
      <AgreementField field={g.phone} label={t("phone")} locked={locked} maxLength={40} />
    </fieldset>
  );
}

/** A yes/no term: unticked posts nothing, which the form reads as "no". */
function Checkbox(props: { field: Field; label: string; locked: boolean; className?: string }) {
  const { field, label, locked, className = "" } = props;
  const checked = field.initialValue === "on" || field.initialValue === true || field.initialValue === "true";
  return (
    <label className={`flex items-center gap-2 text-sm ${className}`}>
      <input type="checkbox" name={field.name} defaultChecked={checked} disabled={locked} /> {label}
    </label>
  );
}
