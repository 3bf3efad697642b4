import { AppError } from "../lib/errors";
import { isFrenchJurisdiction, missingAnnexes } from "../lib/french-lease-law";
import type { AgreementFields } from "./fields";
import { agreementKind } from "./law";

/**
 * Refuses to send an agreement for a dwelling in France (elsewhere: nothing) whose always-required annexes
 * are not all ticked (loi n° 89-462 art. 3, 3-3, 25-5; décret n° 2015-587; lib/french-lease-law.ts
 * `missingAnnexes`): 422 `annexes_missing`, one error per missing annex, path `templateFields.annexes`,
 * `message` the annex's id (`dpe`, `notice`, …). The conditional annexes (lead, electricity, gas, co-ownership
 * rules) depend on facts about the building only the landlord knows, so they never block. An agreement drafted
 * before migration 0021 has no list: every required annex is missing.
 */
export function assertAnnexes(country: string | null | undefined, f: AgreementFields, templateFurnished: boolean) {
  if (!isFrenchJurisdiction(country)) return;
  const missing = missingAnnexes(agreementKind(f, templateFurnished), f.annexes ?? []);
  if (missing.length === 0) return;
  throw new AppError(
    422,
    "annexes_missing",
    `Tick the mandatory annexes before sending: ${missing.join(", ")}`,
    missing.map((annex) => ({ path: "templateFields.annexes", message: annex })),
  );
}
