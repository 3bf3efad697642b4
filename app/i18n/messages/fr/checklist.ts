/** The renter's dossier checked against a listing before applying (listing page, apply page). */
export const checklist = {
  title: "Votre dossier pour cette annonce",
  ready: "Votre dossier remplit toutes les conditions de cette annonce.",
  notReady: "{count, plural, one {Il manque # élément} other {Il manque # éléments}} avant de pouvoir candidater :",
  met: "Fourni",
  missing: "Manquant",
  profileField: "Profil : {field}",
  document: "Justificatif : {kind}",
  guarantors: "{count, plural, one {# garant exigé} other {# garants exigés}}",
  guarantorDocuments: "Un justificatif pour votre garant {name}",
  fix: "Ouvrir mon dossier pour le compléter",
  signIn: "<link>Connectez-vous</link> pour vérifier votre dossier avant de candidater.",
  durationRange: "Durée légale pour cette annonce : {min} à {max} mois.",
  income: "Revenus mensuels nets (facultatif)",
  incomeHint: "Le bailleur les voit avec le taux d’effort (loyer et charges ÷ revenus).",
  applied: "Vous avez déjà candidaté pour cette annonce. Statut : {status}.",
  appliedOpen: "Voir ma candidature",
};
