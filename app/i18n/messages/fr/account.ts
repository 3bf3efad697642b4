/** The account page: profile, language, signed-in devices. */
export const account = {
  pageTitle: "Compte",
  subtitle: "Votre profil, votre langue et les appareils connectés à votre compte.",
  profile: "Profil",
  name: "Nom",
  email: "E-mail",
  confirmed: "Confirmée",
  notConfirmed: "Non confirmée",
  accountType: "Type de compte",
  landlord: "Propriétaire",
  renter: "Locataire",
  organizations: "Organisations",
  none: "Aucune",
  membership:
    "{org} ({role, select, owner {titulaire} manager {gestionnaire} other {technicien}}{disabled, select, yes {, désactivée} other {}})",
  language: {
    title: "Langue",
    description: "La langue des pages et des e-mails que Rentline vous envoie.",
    label: "Langue",
    submit: "Enregistrer",
  },
  sessions: {
    title: "Où vous êtes connecté",
    description: "Déconnectez tout appareil que vous ne reconnaissez pas, puis changez votre mot de passe.",
    thisDevice: "Cet appareil",
    activity: "dernière activité {lastActive} · connexion {since}",
    signOut: "Déconnecter",
    signOutDevice: "{device}, dernière activité {lastActive}",
    signOutOthers: "Déconnecter les autres appareils",
    noOthers: "Aucun autre appareil n’est connecté.",
    signedOut: "Cet appareil a été déconnecté.",
    revoked:
      "{count, plural, =0 {Aucun autre appareil n’était connecté.} one {# autre appareil a été déconnecté.} other {# autres appareils ont été déconnectés.}}",
    unknownRequest: "Demande inconnue.",
    unknownDevice: "Appareil inconnu",
    device: "{browser} sur {system}",
  },
};
