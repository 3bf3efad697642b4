import type { EnergyClassChoice } from "../../listings/schema";

/**
 * The rent freeze of energy-inefficient dwellings ("passoires thermiques"): loi n° 2021-1104 du 22 août 2021
 * « Climat et résilience », art. 159, amending loi n° 89-462 art. 17-1 (revision) and 17-2 (renewal). Since
 * 24 August 2022 the rent of a dwelling whose DPE energy class is F or G may not be revised by the IRL (nor
 * raised on renewal). Pure rules, no I/O.
 */

/** The first day the freeze applies (the day after the law's publication, 24 August 2022), ISO date. */
const RENT_FREEZE_FROM = "2022-08-24";

/** The DPE classes whose rent is frozen: F and G. */
const FROZEN_CLASSES = ["F", "G"] as const;

/**
 * Whether the rent revision of the anniversary `anniversary` (`YYYY-MM-DD`) is frozen for a dwelling of DPE
 * class `energyClass`: true for F or G on or after 24 August 2022. A dwelling of unknown class (`null`: no DPE
 * recorded) or `not_required` (no class: DPE vierge / non requis) is not frozen: the law freezes a class, and
 * the platform does not assume one (the revision panel tells the landlord the DPE is unknown).
 */
export function rentFrozen(energyClass: EnergyClassChoice | null, anniversary: string): boolean {
  return (
    energyClass !== null &&
    (FROZEN_CLASSES as readonly string[]).includes(energyClass) &&
    anniversary >= RENT_FREEZE_FROM
  );
}
