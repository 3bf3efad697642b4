/** The public page that checks a signed agreement PDF. */
export const verify = {
  pageTitle: "Vérifier un contrat signé",
  description: "Vérifiez qu’un contrat de location Rentline au format PDF est authentique et entièrement signé.",
  intro:
    "Déposez le PDF final que vous avez reçu, ou collez son empreinte SHA-256. Rien de ce que vous déposez n’est conservé.",
  file: "Fichier PDF",
  hash: "…ou son empreinte SHA-256",
  hashPlaceholder: "64 caractères hexadécimaux",
  submit: "Vérifier",
  chooseOne: "Choisissez le PDF, ou collez son empreinte SHA-256.",
  genuine: "Authentique et entièrement signé",
  signedBy: "{title}, {address}. Signé par {signers}.",
  signer: "{name} ({side, select, landlord {bailleur} other {locataire}}) le {date}",
  unknown: "Inconnu ou modifié",
  notSigned: "Il s’agit d’un brouillon non signé, pas du PDF final signé.",
  altered: "Rentline ne connaît aucun contrat signé ayant exactement ce contenu. Le fichier a peut-être été modifié.",
  hashLine: "Empreinte SHA-256 : {hash}",
};
