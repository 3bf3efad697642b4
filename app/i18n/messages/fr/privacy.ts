import type { LegalSource, RetentionEvent, RetentionRuleId } from "../../../../worker/privacy/contract";

/**
 * The public privacy page (/privacy): who is responsible, the rights and how to use them, and the retention
 * table of worker/privacy/contract.ts worded rule by rule. The reference catalogue: the compiler checks that
 * every rule, event and legal source of the contract has its words here, and the other languages follow its shape.
 */
export const privacy = {
  pageTitle: "Vos données chez Rentline",
  description: "Qui traite vos données, combien de temps nous les gardons et pourquoi, et comment exercer vos droits.",
  intro:
    "Rentline sert à louer un logement et à le gérer. Voici ce que nous gardons, combien de temps, et sur quelle base. Ce tableau est celui que notre tâche quotidienne applique : il ne peut pas dire autre chose que ce que fait le service.",
  controllerTitle: "Qui est responsable",
  controller:
    "{operator}, éditeur de rentline.app, est responsable du traitement des données de votre compte (identité, connexion, dossier de locataire). Pour les locations, le propriétaire ou l’agence qui gère le logement est responsable des données de ses locataires et candidats ; Rentline les traite pour son compte (RGPD art. 28).",
  contact:
    "Pour exercer vos droits ou poser une question sur vos données, écrivez à <link>{address}</link>. Pour une location, vous pouvez aussi écrire au propriétaire ou à l’agence : Rentline leur transmet ce qui relève d’eux.",
  rightsTitle: "Vos droits",
  rights:
    "Vous pouvez obtenir une copie de vos données (RGPD art. 15 et 20) et demander leur effacement (art. 17) depuis votre compte. Vous corrigez votre profil et votre dossier vous-même à tout moment (art. 16). Vous pouvez aussi adresser une réclamation à la CNIL (art. 77).",
  accountLink: "Mon compte : copie et effacement de mes données",
  cnilLink: "Adresser une réclamation à la CNIL",
  tableTitle: "Combien de temps nous gardons quoi",
  howLong: "Durée",
  from: "À compter de",
  why: "Pourquoi",
  basis: "Base",
  periodDays: "{amount, plural, =0 {Aucune : supprimé aussitôt} one {# jour} other {# jours}}",
  periodMonths: "{amount, plural, one {# mois} other {# mois}}",
  periodYears: "{amount, plural, one {# an} other {# ans}}",
  events: {
    expired_or_used: "l’expiration ou l’utilisation du lien",
    session_ended: "la fin de la session (expiration ou déconnexion)",
    created: "la création",
    withdrawn_or_rejected:
      "le retrait ou le refus de la candidature, ou son acceptation si le premier paiement ne suit jamais",
    lease_ended: "le dernier jour du bail",
    entry_written: "l’enregistrement de l’action",
    day_archived: "le jour de l’action, une fois archivé",
    export_ready: "la préparation de l’export",
    org_closed: "la fermeture de l’organisation",
  } satisfies Record<RetentionEvent, string>,
  sources: {
    gdpr_5_1_e: "RGPD art. 5(1)(e) : limitation de la conservation",
    gdpr_6_1_b: "RGPD art. 6(1)(b) : exécution du contrat",
    gdpr_6_1_f: "RGPD art. 6(1)(f) : intérêt légitime (sécurité, preuve)",
    gdpr_32: "RGPD art. 32 : sécurité du traitement",
    cnil_gestion_locative: "CNIL, référentiel « gestion locative » (2021)",
    code_civil_2224: "Code civil art. 2224 : prescription de 5 ans",
    code_commerce_l123_22: "Code de commerce art. L123-22 : pièces comptables, 10 ans",
    lpf_l102_b: "Livre des procédures fiscales art. L102 B : pièces justificatives des revenus fonciers, 6 ans",
  } satisfies Record<LegalSource, string>,
  rules: {
    application_closed: {
      what: "Candidatures non retenues",
      why: "La candidature (profil tel qu’envoyé, garants choisis, message) et l’accès du propriétaire à votre dossier. La CNIL limite à 3 mois la conservation des dossiers des candidats non retenus. Votre propre dossier reste à vous.",
    },
    application_confirmed: {
      what: "Candidatures acceptées",
      why: "Gardées pendant le bail et un an après, pour la sortie, le dépôt de garantie et la régularisation des charges. Le bail, les quittances et les comptes suivent leurs propres règles.",
    },
    sessions: {
      what: "Sessions de connexion",
      why: "Repérer un accès suspect à votre compte après coup.",
    },
    one_time_links: {
      what: "Liens à usage unique (confirmation d’e-mail, mot de passe oublié, invitation)",
      why: "Un lien utilisé ou expiré ne sert plus à rien : il est supprimé.",
    },
    idempotency_keys: {
      what: "Clés anti-doublon des paiements",
      why: "Éviter qu’une requête répétée paie deux fois ; inutiles au-delà d’un jour.",
    },
    dev_mail: {
      what: "Boîte de réception de test (hors production)",
      why: "Les e-mails des environnements de test ne servent qu’aux essais.",
    },
    audit_log_database: {
      what: "Journal d’audit en ligne",
      why: "Treize mois d’historique consultables par les propriétaires, puis l’action ne reste que dans l’archive. Rien ne quitte la base avant d’être archivé.",
    },
    audit_archive: {
      what: "Archive du journal d’audit",
      why: "Prouver qui a fait quoi (paiements confirmés, baux, actions d’administration) pendant la durée de conservation des pièces comptables.",
    },
    export_zips: {
      what: "Exports de vos données (fichier ZIP)",
      why: "Le lien de téléchargement envoyé par e-mail vaut 7 jours ; le fichier est ensuite supprimé. Vous pouvez en demander un nouveau.",
    },
    closed_orgs: {
      what: "Données d’une organisation fermée",
      why: "Baux, comptes et quittances restent disponibles en cas de contrôle ou de litige : 6 ans pour un bailleur particulier, 10 ans pour une société, puis tout est supprimé.",
    },
  } satisfies Record<RetentionRuleId, { what: string; why: string }>,
};
