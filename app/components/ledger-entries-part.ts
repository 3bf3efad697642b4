import { lazyPart } from "../lib/lazy-part";

/**
 * A lease's ledger entries (./ledger-entries.tsx) as a part that loads when first shown: both sides list them
 * only when asked (the landlord's ledger panel, the renter's Rent tab), so their code is not in the pages'
 * first JavaScript (issue 17 §5). `ledgerEntriesPart.Part` takes `LedgerEntries`' props.
 */
export const ledgerEntriesPart = lazyPart("ledger.entries", () =>
  import("./ledger-entries").then((m) => m.LedgerEntries),
);
