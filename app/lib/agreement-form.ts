import { parseMoney } from "./money";

/**
 * The agreement editor posts flat fields named by their path (`f:rent.amount`, `f:renters.0.name`); this
 * turns them back into the nested `templateFields` patch the API takes. Amounts are typed as 850.00 and
 * sent in minor units; checkboxes are booleans; free clauses are one per line.
 */
const MONEY = new Set(["rent.amount", "rent.charges", "deposit.amount"]);
const NUMBERS = new Set(["property.roomsCount", "lease.periodMonths", "rent.paymentDay", "rent.monthsPaidUpFront"]);
const BOOLEANS = ["deposit.required", "guarantor.required"];

export type AgreementPatch = { patch: Record<string, unknown>; errors: Record<string, string> };

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split(".");
  let node: Record<string, unknown> | unknown[] = target;
  keys.forEach((key, i) => {
    const last = i === keys.length - 1;
    const index = /^\d+$/.test(key) ? Number(key) : key;
    const container = node as Record<string | number, unknown>;
    if (last) container[index] = value;
    else {
      container[index] ??= /^\d+$/.test(keys[i + 1]!) ? [] : {};
      node = container[index] as Record<string, unknown>;
    }
  });
}

export function agreementPatchFromForm(form: FormData): AgreementPatch {
  const patch: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const [name, raw] of form.entries()) {
    if (!name.startsWith("f:") || typeof raw !== "string") continue;
    const path = name.slice(2);
    if (BOOLEANS.includes(path)) continue;
    const value = raw.trim();
    if (path === "freeClauses")
      setPath(
        patch,
        path,
        value
          .split("\n")
          .map((l) => l.trim())
          .filter(Boolean),
      );
    else if (MONEY.has(path)) {
      const amount = value ? parseMoney(value) : 0;
      if (amount === null) errors[path] = "Enter an amount like 850.00";
      else setPath(patch, path, amount);
    } else if (NUMBERS.has(path)) {
      const n = Number(value);
      if (!Number.isInteger(n)) errors[path] = "Enter a whole number";
      else setPath(patch, path, n);
    } else setPath(patch, path, value);
  }
  for (const path of BOOLEANS) if (form.has(`present:${path}`)) setPath(patch, path, form.get(`f:${path}`) === "on");
  return { patch, errors };
}

/** `templateFields.rent.amount` (an API error path) → `rent.amount` (a form field path). */
export const fieldPathOf = (apiPath: string) => apiPath.replace(/^templateFields\./, "");
