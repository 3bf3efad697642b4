/**
 * Why a renter takes a bail mobilité (loi n° 89-462 art. 25-12: the renter, at the date the lease takes
 * effect, is in one of these situations; art. 25-13: the lease states it, or it is a lease of titre Ier bis):
 * `vocational_training` (formation professionnelle), `higher_education` (études supérieures),
 * `apprenticeship` (contrat d'apprentissage), `internship` (stage), `civic_service` (engagement volontaire
 * dans le cadre d'un service civique), `job_transfer` (mutation professionnelle), `temporary_assignment`
 * (mission temporaire dans le cadre de son activité professionnelle). No Temporal, no imports: this module
 * is bundled into the browser too.
 */
export const MOBILITY_REASONS = [
  "vocational_training",
  "higher_education",
  "apprenticeship",
  "internship",
  "civic_service",
  "job_transfer",
  "temporary_assignment",
] as const;
export type MobilityReason = (typeof MOBILITY_REASONS)[number];

/** Art. 25-13: a bail mobilité without its reason is refused (`mobility_reason_required`, at `mobilityReason`). */
export function mobilityReasonViolations(t: { kind: string; mobilityReason?: string | null }) {
  if (t.kind !== "mobility" || (t.mobilityReason && (MOBILITY_REASONS as readonly string[]).includes(t.mobilityReason)))
    return [];
  return [{ code: "mobility_reason_required" as const, field: "mobilityReason" as const, params: {} }];
}
