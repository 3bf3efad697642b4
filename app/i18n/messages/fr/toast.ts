export const toast = {
  region: "Notifications",
  dismiss: "Fermer la notification",
};
