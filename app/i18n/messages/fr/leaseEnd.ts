/** Ending a lease: the landlord's move-out date and cancellation, a co-renter leaving. */
export const leaseEnd = {
  formLabel: "Date de départ du bail commencé le {date}",
  moveOut: "Date de départ (dernier jour)",
  setMoveOut: "Fixer la date de départ",
  cancel: "Annuler ce bail",
  leave: "Quitter ce bail",
  open: "Mettre fin au bail",
};
