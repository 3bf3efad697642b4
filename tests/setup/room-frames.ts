// Frames of the apartment room as the server sends them, for the browser checks' unit tests.

/** A payment report as the room sends it (amounts in minor units). */
export const paymentActivity = {
  id: "act-1",
  apartmentId: "apt-1",
  kind: "payment",
  description: "Paid January by transfer",
  amount: 85000,
  currency: "EUR",
  period: "2026-01",
  authorUserId: "u-renter",
  authorName: "Rémi Rentier",
  authorSide: "renter",
  leaseId: "l-1",
  status: "pending_confirmation",
  confirmBySide: "landlord",
  confirmedAt: null,
  confirmedBy: null,
  confirmedByName: null,
  rejectedReason: null,
  method: "transfer",
  receivedOn: "2026-01-03",
  maintenanceRequestId: null,
  createdAt: "2026-01-03T09:00:00Z",
  updatedAt: "2026-01-03T09:00:00Z",
};
