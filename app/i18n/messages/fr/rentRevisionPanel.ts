/** The rent revision panel's own words (app/components/rent-revision-panel.tsx), on the lease panels and the renter's home: its body's are in rentRevision, loaded when it opens. */
export const rentRevisionPanel = {
  title: "Révision du loyer (IRL)",
  loadFailed: "La révision du loyer n’a pas pu être chargée.",
};
