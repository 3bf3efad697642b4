import { getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { Form, useNavigation } from "react-router";
import type { z } from "zod";
import { formatMoney, minorToInput } from "../../worker/lib/money";
import { dueDayText } from "../../worker/lib/date-input";
import type { leaseInput } from "../../worker/leases/contract";
import { formErrorOf, succeeded } from "../lib/forms";
import { Button } from "./button";
import { EndLeaseControls } from "./lease-end";
import { RentRevisionPanel } from "./rent-revision-panel";
import { TextField } from "./field";

type Lease = {
  id: string;
  startDate: string;
  endDate: string | null;
  rentAmount: number;
  currency: string;
  dueDay: number;
  status: string;
  renters: { id: string; email: string; name: string | null; joinedAt: string | null }[];
};

/**
 * The apartment's leases and their renters; with `lease.manage`, co-renter invitations and a new lease
 * (a renter invited by email, rent typed as money in the apartment's currency).
 */
export function LeasesPanel({
  apartment,
  leases,
  canManage,
  replies,
}: {
  apartment: { rentAmount: number; currency: string };
  leases: Lease[];
  canManage: boolean;
  replies: {
    coRenter?: SubmissionResult<string[]>;
    renter?: SubmissionResult<string[]>;
    end?: SubmissionResult<string[]>;
  };
}) {
  return (
    <section aria-labelledby="leases-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="leases-title" className="text-lg font-semibold">
        Renters and leases
      </h2>
      {leases.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">No lease yet.</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100">
          {leases.map((l) => (
            <li key={l.id} className="py-2 text-sm">
              <p className="font-medium">
                {l.startDate} → {l.endDate ?? "open-ended"} · {formatMoney(l.rentAmount, l.currency)}{" "}
                {dueDayText(l.dueDay)} · <span className="capitalize">{l.status}</span>
              </p>
              <p className="text-slate-600">
                {l.renters.map((r) => `${r.name ?? r.email}${r.joinedAt ? "" : " (invited)"}`).join(", ")}
              </p>
              {l.status === "current" && <RentRevisionPanel leaseId={l.id} canManage={canManage} />}
              {canManage && (l.status === "current" || l.status === "upcoming") && (
                <>
                  <CoRenterForm lease={l} lastResult={replies.coRenter} />
                  <EndLeaseControls lease={l} lastResult={replies.end} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage && <AddRenterForm apartment={apartment} lastResult={replies.renter} />}
    </section>
  );
}

function CoRenterForm({ lease, lastResult }: { lease: Lease; lastResult?: SubmissionResult<string[]> }) {
  const busy = useNavigation().state !== "idle";
  const mine = lastResult?.initialValue?.leaseId === lease.id ? lastResult : undefined;
  const error = formErrorOf(mine) ?? mine?.error?.email?.[0];
  return (
    <Form
      method="post"
      className="mt-2 flex flex-wrap items-end gap-2"
      aria-label={`Add a co-renter to the lease from ${lease.startDate}`}
    >
      <input type="hidden" name="intent" value="add-co-renter" />
      <input type="hidden" name="leaseId" value={lease.id} />
      <div>
        <label htmlFor={`co-renter-${lease.id}`} className="block text-xs font-medium">
          Co-renter email
        </label>
        <input
          id={`co-renter-${lease.id}`}
          name="email"
          type="email"
          required
          className="mt-1 rounded-md border border-slate-300 px-2 py-1 text-sm"
        />
      </div>
      <Button variant="secondary" disabled={busy}>
        Invite co-renter
      </Button>
      {error && (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      )}
      {succeeded(mine) && (
        <p role="status" className="w-full text-sm text-emerald-800">
          Invitation sent.
        </p>
      )}
    </Form>
  );
}

function AddRenterForm({
  apartment,
  lastResult,
}: {
  apartment: { rentAmount: number; currency: string };
  lastResult?: SubmissionResult<string[]>;
}) {
  const busy = useNavigation().state !== "idle";
  const [form, fields] = useForm<z.input<typeof leaseInput>>({
    lastResult,
    defaultValue: { dueDay: 1, rentAmount: minorToInput(apartment.rentAmount, apartment.currency) },
  });
  const error = formErrorOf(lastResult);
  return (
    <Form
      method="post"
      className="mt-3 grid gap-3 sm:grid-cols-3"
      aria-label="Add a renter"
      {...getFormProps(form)}
      noValidate={false}
    >
      <input type="hidden" name="intent" value="add-renter" />
      <input type="hidden" name="currency" value={apartment.currency} />
      <TextField label="Renter email" field={fields.renterEmail} type="email" required className="sm:col-span-3" />
      <TextField label="Lease start" field={fields.startDate} type="date" required />
      <TextField label="Lease end (optional)" field={fields.endDate} type="date" />
      <TextField
        label="Rent due day (31: the last day of every month)"
        field={fields.dueDay}
        type="number"
        min={1}
        max={31}
        required
      />
      <TextField label={`Rent (${apartment.currency})`} field={fields.rentAmount} inputMode="decimal" required />
      <TextField label="Deposit (optional)" field={fields.depositAmount} inputMode="decimal" />
      <TextField
        label="First month (optional; else pro-rated by days)"
        field={fields.firstMonthAmount}
        inputMode="decimal"
      />
      <TextField
        label="Last month (optional; else pro-rated by days)"
        field={fields.lastMonthAmount}
        inputMode="decimal"
      />
      <div className="flex items-end">
        <Button disabled={busy} className="w-full">
          Add renter
        </Button>
      </div>
      {error && !succeeded(lastResult) && (
        <p role="alert" className="text-sm text-red-700 sm:col-span-3">
          {error}
        </p>
      )}
      {succeeded(lastResult) && (
        <p role="status" className="text-sm text-emerald-800 sm:col-span-3">
          Invitation sent.
        </p>
      )}
    </Form>
  );
}
