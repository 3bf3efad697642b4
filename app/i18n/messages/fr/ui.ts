/** Shared components: pagination, the email banner, the signature pad, the org switcher, chat titles. */
export const ui = {
  /** An erased account's name on the records kept (app/i18n/person-name.ts): on every page, so not in erasureForms. */
  formerUser: "Ancien utilisateur",
  /** A part of the page whose code is still on its way (a tab, a form opened in a disclosure). */
  loading: "Chargement…",
  /** An org member's role (the team page, the read-only notices of the portfolio forms). */
  roles: {
    owner: "Propriétaire",
    manager: "Gestionnaire",
    maintenance: "Maintenance",
  },
  pagination: {
    previous: "Précédent",
    next: "Suivant",
    pageOf: "Page {page} sur {pages}",
  },
  verifyBanner: {
    pending: "Confirmez votre adresse e-mail, <strong>{email}</strong>, grâce au lien que nous vous avons envoyé.",
    sent: "Nous avons envoyé un nouveau lien de confirmation à <strong>{email}</strong>. Consultez votre messagerie.",
    rateLimited: "Trop de demandes de nouveau lien. Réessayez dans une minute.",
    failed: "Impossible d’envoyer un nouveau lien pour le moment. Réessayez dans un instant.",
    sending: "Envoi…",
    sendAgain: "Renvoyer",
    resend: "Renvoyer le lien",
  },
  signature: {
    draw: "Dessinez votre signature",
    captured: "Signature enregistrée.",
    signInside: "Signez dans le cadre.",
    clear: "Effacer",
  },
  orgSwitcher: {
    label: "Organisation",
    disabled: "{name} (désactivée)",
    switch: "Changer",
  },
  conversation: "Conversation",
  logo: "Rentline, accueil",
  photoPicker: {
    hint: "Plusieurs à la fois, depuis la galerie ou l’appareil photo.",
    choose: "Choisir des photos",
    camera: "Prendre une photo",
    previewAlt: "Photo {number} : {name}",
    preparing: "Préparation des photos : {done} / {total}",
    ready: "{count, plural, one {# photo prête à envoyer} other {# photos prêtes à envoyer}}",
    sending: "Envoi de {count, plural, one {# photo} other {# photos}}…",
    remove: "Retirer la photo {number}",
    tooMany: "{max} photos au plus par message : seules les {max} premières sont gardées.",
    limit: "Jusqu’à {max} photos.",
  },
};
