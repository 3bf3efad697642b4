/** The dialog that deletes one's account or closes an org (./erasureForms.ts has the cards' words): it loads when opened. */
export const erasureModal = {
  account: {
    password: "Votre mot de passe",
    googleOnly:
      "Vous vous connectez avec Google : reconnectez-vous avec Google, puis supprimez votre compte dans les 5 minutes.",
    googleSignIn: "Me reconnecter avec Google",
    confirm: "Supprimer définitivement mon compte",
    cancel: "Annuler",
    working: "Suppression…",
  },
  org: {
    password: "Votre mot de passe",
    googleOnly:
      "Vous vous connectez avec Google : reconnectez-vous avec Google, puis fermez l’organisation dans les 5 minutes.",
    googleSignIn: "Me reconnecter avec Google",
    confirm: "Fermer définitivement l’organisation",
    cancel: "Annuler",
    working: "Fermeture…",
    done: "L’organisation est fermée. Ses données sont conservées jusqu’au {date}, puis supprimées.",
    toAccount: "Aller à mon compte",
  },
};
