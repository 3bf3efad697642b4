/**
 * Every email Rentline sends (worker/email/templates.ts), in the recipient's language. The subject is also
 * the heading; `{amount}`, `{dueDate}`, `{period}` arrive already formatted (worker/lib/i18n/format.ts).
 */
export const email = {
  layout: {
    action: "{label} : {link}",
    fallbackLink: "Si le bouton ne fonctionne pas, ouvrez {link}",
    signature: "— L’équipe Rentline",
  },
  place: "{street}, {city} — logement {unit}",
  yourHome: "votre logement",
  hello: "Bonjour {name},",
  note: "Son message : « {note} »",
  roles: { owner: "propriétaire", manager: "gestionnaire", maintenance: "technicien de maintenance" },
  verifyEmail: {
    subject: "Confirmez votre adresse e-mail",
    body: "Confirmez votre adresse e-mail pour finaliser la création de votre compte Rentline.",
    action: "Confirmer mon adresse",
  },
  signupExistingAccount: {
    subject: "Vous avez déjà un compte Rentline",
    tried: "Quelqu’un vient d’essayer de créer un compte Rentline avec cette adresse e-mail, qui en a déjà un.",
    ifYou: "Si c’était vous, connectez-vous. Mot de passe oublié ? Réinitialisez-le : {resetLink}",
    notYou: "Si ce n’était pas vous, ignorez cet e-mail : rien n’a changé sur votre compte.",
    action: "Me connecter",
  },
  resetPassword: {
    subject: "Réinitialisez votre mot de passe Rentline",
    body: "Vous avez demandé à réinitialiser votre mot de passe. Le lien est valable une fois, pendant une heure. Si ce n’était pas vous, ignorez cet e-mail.",
    action: "Choisir un nouveau mot de passe",
  },
  staffInvitation: {
    subject: "Rejoignez {orgName} sur Rentline",
    body: "{inviterName} vous invite à rejoindre {orgName} en tant que {role}.",
    validity: "L’invitation est valable 7 jours.",
    action: "Accepter l’invitation",
  },
  leaseInvitation: {
    subject: "Votre nouveau logement : {address}",
    body: "{orgName} vous a ajouté comme locataire de {address}, à partir du {startDate}.",
    why: "Acceptez pour suivre votre loyer, échanger avec votre bailleur et garder vos documents au même endroit.",
    action: "Accepter et ouvrir mon logement",
  },
  confirmationNeeded: {
    subject: "Votre confirmation est attendue",
    body: "{authorName} a publié dans {address} : « {description} ».",
    ask: "Confirmez-le, ou refusez-le en indiquant pourquoi.",
    action: "Vérifier",
  },
  agreementReadyToSign: {
    subject: "Votre contrat de location est prêt à être signé",
    body: "{landlordName} vous a envoyé le contrat de location pour {address}.",
    how: "Lisez-le, puis signez-le en ligne : saisissez votre nom complet et tracez votre signature. Votre bailleur contresigne une fois que tous les locataires ont signé.",
    action: "Lire et signer",
  },
  agreementSigned: {
    subject: "Votre contrat de location est entièrement signé",
    body: "Toutes les parties ont signé le contrat de location pour {address}.",
    download:
      "Le PDF définitif porte les signatures et un certificat de signature. Téléchargez-le depuis Rentline (le lien de téléchargement est valable un jour à chaque ouverture du contrat).",
    action: "Télécharger le contrat signé",
  },
  rentReminder: {
    beforeSubject: "Loyer de {amount} à régler le {dueDate}",
    beforeBody: "Petit rappel : votre loyer pour {address} est à régler le {dueDate}.",
    dueSubject: "Loyer de {amount} à régler aujourd’hui",
    dueBody: "Votre loyer pour {address} est à régler aujourd’hui et n’est pas encore payé.",
    overdueSubject: "{days, plural, one {Loyer en retard de # jour} other {Loyer en retard de # jours}}",
    overdueBody: "{amount} de loyer pour {address}, dû le {dueDate}, reste impayé.",
    alreadyPaid:
      "Si vous avez déjà payé, déclarez le paiement dans votre logement pour que votre bailleur le confirme.",
    action: "Ouvrir mon logement",
  },
  paymentDisputed: {
    subject: "Litige sur un paiement : {amount} de loyer",
    subjectPeriod: "Litige sur un paiement : {amount} de loyer de {period}",
    opened: "{address} : la banque du locataire a ouvert un litige sur un paiement par carte.",
    funds_withdrawn:
      "{address} : le montant contesté a été retiré ; il est de nouveau dû sur le bail, et aucune quittance n’est délivrée pour lui.",
    lost: "{address} : le litige est perdu ; le montant reste dû sur le bail.",
    won: "{address} : le litige est gagné.",
    funds_reinstated: "{address} : le montant contesté a été restitué et crédité à nouveau sur le bail.",
    stripe: "Le tableau de bord Stripe présente le litige et la date limite pour fournir des justificatifs.",
    action: "Ouvrir le logement",
  },
  application: {
    open: "Ouvrir la candidature",
    review: "Examiner la candidature",
    openHomes: "Ouvrir Mes logements",
    landlord: {
      pendingSubject: "Nouvelle candidature pour {listingTitle}",
      pendingBody: "{applicantName} a candidaté pour « {listingTitle} ».",
      pendingMore: "Son dossier et son message attendent votre examen.",
      withdrawnSubject: "{applicantName} a retiré sa candidature",
      withdrawnBody: "{applicantName} a retiré sa candidature pour « {listingTitle} ».",
      rejectedSubject: "Candidature refusée : {listingTitle}",
      rejectedBody: "{actorName} a refusé la candidature de {applicantName} pour « {listingTitle} ».",
      acceptedSubject: "Candidature acceptée : {listingTitle}",
      acceptedBody:
        "{actorName} a accepté la candidature de {applicantName} pour « {listingTitle} » (en attente du premier paiement).",
      confirmedSubject: "Candidature confirmée : {listingTitle}",
      confirmedBody: "{actorName} a confirmé la candidature de {applicantName} pour « {listingTitle} ».",
    },
    renter: {
      pendingSubject: "Votre candidature pour {listingTitle} est envoyée",
      pendingBody:
        "Votre candidature pour « {listingTitle} » est entre les mains du bailleur. Nous vous écrirons dès qu’il aura décidé.",
      acceptedSubject: "Acceptée : {listingTitle}",
      acceptedBody:
        "Bonne nouvelle, {applicantName} : {actorName} a accepté votre candidature pour « {listingTitle} ».",
      acceptedMore: "Votre place est confirmée dès réception du premier paiement.",
      confirmedSubject: "Bienvenue chez vous : {listingTitle}",
      confirmedBody: "{actorName} a reçu votre premier paiement : votre place dans « {listingTitle} » est confirmée.",
      confirmedMore: "Votre nouveau logement est dans Mes logements, avec sa messagerie et son loyer.",
      rejectedSubject: "Votre candidature pour {listingTitle}",
      rejectedBody: "{actorName} n’a pas retenu votre candidature pour « {listingTitle} ».",
      withdrawnSubject: "Vous avez retiré votre candidature pour {listingTitle}",
      withdrawnBody: "Votre candidature pour « {listingTitle} » est retirée.",
    },
  },
  chatDigest: {
    subject: "{count, plural, one {# message non lu} other {# messages non lus}} sur Rentline",
    room: "{address} : {count, plural, one {# non lu} other {# non lus}} — {link}",
    action: "Ouvrir Rentline",
  },
};
