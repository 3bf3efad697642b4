import { getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { Form } from "react-router";
import type { z } from "zod";
import { type DocumentView, MAX_CLAUSE_LENGTH, MAX_CLAUSES } from "../../worker/documents/contract";
import { formatMoney, minorToInput } from "../../worker/lib/money";
import type { agreementForm } from "../lib/agreement-form.server";
import { formErrorOf, succeeded } from "../lib/forms";
import { FormError } from "./alert";
import { Button } from "./button";
import { type Field, TextAreaField, TextField } from "./field";

type Fields = DocumentView["templateFields"];
type Values = z.input<ReturnType<typeof agreementForm>>;
type FormFields = ReturnType<typeof useForm<Values>>[1];
type LandlordSet = ReturnType<FormFields["landlord"]["getFieldset"]>;
type RenterSet = ReturnType<ReturnType<FormFields["renters"]["getFieldList"]>[number]["getFieldset"]>;
type PropertySet = ReturnType<FormFields["property"]["getFieldset"]>;
type LeaseSet = ReturnType<FormFields["lease"]["getFieldset"]>;
type RentSet = ReturnType<FormFields["rent"]["getFieldset"]>;
type UtilitiesSet = ReturnType<FormFields["utilities"]["getFieldset"]>;
type DepositSet = ReturnType<FormFields["deposit"]["getFieldset"]>;
type GuarantorSet = ReturnType<FormFields["guarantor"]["getFieldset"]>;

/** One field of the agreement (the former inline `F` helper): read-only once the terms are locked. */
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

/** What the form shows first: the stored fields, amounts as money in the agreement's currency, clauses one per line. */
function editorValues(fields: Fields) {
  const money = (minor: number) => minorToInput(minor, fields.rent.currency);
  return {
    ...fields,
    rent: { ...fields.rent, amount: money(fields.rent.amount), charges: money(fields.rent.charges) },
    deposit: { ...fields.deposit, amount: money(fields.deposit.amount) },
    freeClauses: fields.freeClauses.join("\n"),
  };
}

/**
 * The landlord's agreement editor (app/lib/agreement-form.server.ts reads it back): parties, property and
 * term, money, guarantor and special clauses. Locked (read-only, no Save) once it may no longer change.
 */
export function AgreementEditor({
  doc,
  busy,
  lastResult,
}: {
  doc: DocumentView;
  busy: boolean;
  lastResult?: SubmissionResult<string[]>;
}) {
  const stored = doc.templateFields;
  const locked = !doc.viewer.canEdit;
  const [form, f] = useForm<Values>({ lastResult, defaultValue: editorValues(stored) });
  return (
    <Form
      method="post"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      aria-label="Agreement fields"
      {...getFormProps(form)}
    >
      <input type="hidden" name="intent" value="save" />
      <input type="hidden" name="rent.currency" value={stored.rent.currency} />
      <h2 className="text-lg font-semibold">Agreement</h2>
      <FormError message={formErrorOf(lastResult)} />
      <LandlordFieldset date={f.date} landlord={f.landlord.getFieldset()} locked={locked} />
      {f.renters.getFieldList().map((renter, i) => (
        <RenterFieldset key={stored.renters[i]?.userId ?? i} index={i} renter={renter.getFieldset()} locked={locked} />
      ))}
      <PropertyFieldset property={f.property.getFieldset()} lease={f.lease.getFieldset()} locked={locked} />
      <MoneyFieldset
        currency={stored.rent.currency}
        rent={f.rent.getFieldset()}
        utilities={f.utilities.getFieldset()}
        deposit={f.deposit.getFieldset()}
        locked={locked}
      />
      <GuarantorFieldset guarantor={f.guarantor.getFieldset()} locked={locked} />
      <TextAreaField
        label="Special clauses (one per line)"
        hint={`Up to ${MAX_CLAUSES} clauses of up to ${MAX_CLAUSE_LENGTH.toLocaleString("en")} characters each.`}
        field={f.freeClauses}
        rows={4}
        readOnly={locked}
        maxLength={MAX_CLAUSES * (MAX_CLAUSE_LENGTH + 1)}
      />
      {locked ? (
        <p className="text-sm text-slate-600">
          Rent {formatMoney(stored.rent.amount, stored.rent.currency)}.{" "}
          {doc.status === "signed"
            ? "A signed agreement cannot change: duplicate it for a renewal."
            : "Sent for signature: the terms are locked."}
        </p>
      ) : (
        <div>
          <Button disabled={busy}>Save</Button>
          {succeeded(lastResult) && (
            <span role="status" className="ms-3 text-sm text-emerald-800">
              Saved. Generate the PDF again to include the changes.
            </span>
          )}
        </div>
      )}
    </Form>
  );
}

function LandlordFieldset({ date, landlord: l, locked }: { date: Field; landlord: LandlordSet; locked: boolean }) {
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2">
      <legend className="font-medium">Landlord</legend>
      <AgreementField field={date} label="Agreement date" type="date" locked={locked} />
      <AgreementField field={l.name} label="Landlord name" locked={locked} maxLength={200} />
      <AgreementField field={l.idNumber} label="Landlord ID number" locked={locked} maxLength={60} />
      <AgreementField field={l.phone} label="Landlord phone" locked={locked} maxLength={40} />
      <AgreementField field={l.email} label="Landlord email" type="email" locked={locked} />
      <AgreementField field={l.address} label="Landlord address" locked={locked} maxLength={300} />
    </fieldset>
  );
}

function RenterFieldset({ index, renter: r, locked }: { index: number; renter: RenterSet; locked: boolean }) {
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2">
      <legend className="font-medium">Renter {index + 1}</legend>
      <input
        type="hidden"
        name={r.userId.name}
        value={typeof r.userId.initialValue === "string" ? r.userId.initialValue : ""}
      />
      <AgreementField field={r.name} label="Name" locked={locked} maxLength={200} />
      <AgreementField field={r.idNumber} label="ID number" locked={locked} maxLength={60} />
      <AgreementField field={r.phone} label="Phone" locked={locked} maxLength={40} />
      <AgreementField field={r.email} label="Email" type="email" locked={locked} />
      <AgreementField field={r.address} label="Address" className="sm:col-span-2" locked={locked} maxLength={300} />
    </fieldset>
  );
}

function PropertyFieldset(props: { property: PropertySet; lease: LeaseSet; locked: boolean }) {
  const { property: p, lease: l, locked } = props;
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2">
      <legend className="font-medium">Property and term</legend>
      <AgreementField
        field={p.address}
        label="Property address"
        className="sm:col-span-2"
        locked={locked}
        maxLength={300}
      />
      <AgreementField field={p.unit} label="Unit" locked={locked} maxLength={60} />
      <AgreementField field={p.roomsCount} label="Rooms" inputMode="numeric" locked={locked} />
      <AgreementField field={p.includedServices} label="Included services" locked={locked} maxLength={1000} />
      <AgreementField field={p.equipment} label="Equipment" locked={locked} maxLength={2000} />
      <AgreementField field={l.periodMonths} label="Period (months)" inputMode="numeric" locked={locked} />
      <AgreementField field={l.startDate} label="Start date" type="date" locked={locked} />
      <AgreementField field={l.endDate} label="End date" type="date" locked={locked} />
    </fieldset>
  );
}

function MoneyFieldset(props: {
  currency: string;
  rent: RentSet;
  utilities: UtilitiesSet;
  deposit: DepositSet;
  locked: boolean;
}) {
  const { currency, rent: r, utilities: u, deposit: d, locked } = props;
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2">
      <legend className="font-medium">Money ({currency})</legend>
      <AgreementField field={r.amount} label="Rent" inputMode="decimal" locked={locked} />
      <AgreementField field={r.charges} label="Charges" inputMode="decimal" locked={locked} />
      <AgreementField field={r.paymentDay} label="Payment day" inputMode="numeric" locked={locked} />
      <AgreementField field={r.monthsPaidUpFront} label="Months paid up front" inputMode="numeric" locked={locked} />
      <AgreementField field={r.standingOrderStart} label="Standing order start" type="date" locked={locked} />
      <AgreementField field={u.waterLimit} label="Water limit" locked={locked} maxLength={100} />
      <AgreementField field={u.electricityLimit} label="Electricity limit" locked={locked} maxLength={100} />
      <Checkbox field={d.required} label="Deposit required" locked={locked} />
      <AgreementField field={d.amount} label="Deposit" inputMode="decimal" locked={locked} />
    </fieldset>
  );
}

function GuarantorFieldset({ guarantor: g, locked }: { guarantor: GuarantorSet; locked: boolean }) {
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2">
      <legend className="font-medium">Guarantor</legend>
      <Checkbox field={g.required} label="Guarantor required" locked={locked} className="sm:col-span-2" />
      <AgreementField field={g.name} label="Guarantor name" locked={locked} maxLength={200} />
      <AgreementField field={g.idNumber} label="Guarantor ID number" locked={locked} maxLength={60} />
      <AgreementField field={g.address} label="Guarantor address" locked={locked} maxLength={300} />
      <AgreementField field={g.phone} label="Guarantor phone" locked={locked} maxLength={40} />
    </fieldset>
  );
}

/** A yes/no term: unticked posts nothing, which the form reads as "no". */
function Checkbox({
  field,
  label,
  locked,
  className = "",
}: {
  field: Field;
  label: string;
  locked: boolean;
  className?: string;
}) {
  const checked = field.initialValue === "on" || field.initialValue === true || field.initialValue === "true";
  return (
    <label className={`flex items-center gap-2 text-sm ${className}`}>
      <input type="checkbox" name={field.name} defaultChecked={checked} disabled={locked} /> {label}
    </label>
  );
}
