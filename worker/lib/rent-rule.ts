/**
 * A lease has a rent (art. 1709 of the Code civil: letting is for a price; loi n° 89-462 art. 3 makes the
 * rent a mandatory term): a French lease at 0 is refused (`rent_required`, at `rentAmount`). Housing lent for
 * free is a prêt à usage, not a lease this law governs. Part of ./french-lease-law.ts `frenchLeaseViolations`
 * (kept apart, with no import of it, so the two do not import each other).
 */
export function rentViolations(t: { rentAmount: number }) {
  return t.rentAmount > 0 ? [] : [{ code: "rent_required" as const, field: "rentAmount" as const, params: {} }];
}
