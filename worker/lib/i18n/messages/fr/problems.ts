import type { ProblemCode } from "../../../problem-codes";

/** Sentences about a refused request that are not one problem code: the fallbacks and the form-level words. */
export type ProblemExtra = "unknown" | "server" | "correctFields" | "fieldInvalid";

/**
 * One plain sentence per API problem code (worker/lib/problem-codes.ts `PROBLEM_CODES`): what the UI shows for a
 * refused request, in the reader's language, instead of the API's English `detail` (which stays English, for
 * developers). A code without a sentence is a type error here, and the other languages are typed against this.
 * Problems carry no values besides `errors[].path`, so the sentences take no arguments.
 */
export const problems = {
  // generic
  invalid_input: "Certaines informations ne sont pas valides : vérifiez les champs signalés.",
  bad_request: "La demande n’a pas pu être comprise. Rechargez la page et réessayez.",
  not_found: "Cet élément n’existe pas, ou il appartient à une autre organisation.",
  unauthorized: "Connectez-vous pour continuer.",
  forbidden: "Votre rôle ne permet pas cette action.",
  conflict: "Cette action entre en conflit avec l’état actuel. Rechargez la page et réessayez.",
  too_large: "Le fichier est trop volumineux.",
  unsupported_media_type: "Ce type de fichier n’est pas accepté.",
  image_too_large:
    "Cette image est trop grande. Réduisez sa résolution, ou reprenez la photo ou le scan en plus basse résolution.",
  unreadable_image: "Cette image est illisible : le fichier est endommagé ou incomplet. Enregistrez-le à nouveau.",
  rate_limited: "Trop de tentatives. Patientez un instant avant de réessayer.",
  internal: "Une erreur est survenue de notre côté. Réessayez dans un instant.",
  // sessions and accounts
  session_ended: "Votre session a pris fin. Reconnectez-vous.",
  user_banned: "Ce compte a été suspendu.",
  invalid_credentials: "Adresse e-mail ou mot de passe incorrect.",
  invalid_token: "Ce lien n’est pas valide, a expiré ou a déjà servi. Demandez-en un nouveau.",
  link_expired: "Ce lien a expiré. Demandez-en un nouveau.",
  email_taken: "Un compte existe déjà avec cette adresse e-mail.",
  refresh_token_reused: "Par sécurité, votre session a été fermée. Reconnectez-vous.",
  csrf: "Cette demande ne vient pas d’une page Rentline. Rechargez la page et réessayez.",
  oidc_state: "La connexion a pris trop de temps ou a été commencée ailleurs. Réessayez.",
  oidc_token: "La réponse de Google n’a pas pu être vérifiée. Réessayez.",
  oidc_exchange: "Google a refusé la connexion. Réessayez.",
  oidc_unverified_email: "Votre adresse e-mail Google n’est pas vérifiée : vérifiez-la chez Google, puis réessayez.",
  email_unverified: "Confirmez d’abord votre adresse e-mail : le lien vous a été envoyé par e-mail.",
  weak_password: "Ce mot de passe est trop facile à deviner. Choisissez-en un plus long ou moins courant.",
  // orgs and teams
  no_org: "Ce compte n’appartient à aucune organisation. Créez-en une, ou demandez une invitation.",
  org_required: "Choisissez d’abord l’organisation dans laquelle travailler.",
  org_disabled: "Rentline a désactivé cette organisation. Contactez le support pour rétablir l’accès.",
  already_member: "Cette personne fait déjà partie de l’organisation.",
  invitation_used: "Cette invitation a déjà été acceptée.",
  invitation_expired: "Cette invitation a expiré. Demandez-en une nouvelle.",
  invitation_email_mismatch: "Cette invitation a été envoyée à une autre adresse e-mail que celle de votre compte.",
  last_owner: "L’organisation doit garder au moins un propriétaire.",
  wrong_password: "Ce n’est pas votre mot de passe.",
  reauthentication_required: "Par sécurité, reconnectez-vous avec Google, puis confirmez dans les 5 minutes.",
  close_org_first:
    "Vous êtes le seul propriétaire d’une organisation qui a encore des membres ou des baux en cours : fermez l’organisation ou nommez d’abord un autre propriétaire.",
  // portfolio and leases
  unit_taken: "Ce numéro de logement existe déjà dans cet immeuble.",
  already_on_lease: "Cette personne figure déjà sur ce bail.",
  lease_ended: "Ce bail a pris fin.",
  lease_started: "Ce bail a déjà commencé : indiquez plutôt sa date de sortie.",
  last_renter: "Vous êtes le dernier locataire de ce bail : demandez au bailleur d’y mettre fin.",
  read_only: "Ce bail a pris fin : son historique reste consultable, mais il ne peut plus être modifié.",
  lease_required: "Précisez le bail concerné.",
  has_money_records:
    "Impossible de supprimer : des baux ont des écritures comptables, conservées définitivement. Mettez plutôt fin aux baux.",
  // rent and payments
  idempotency_key_required: "La demande n’a pas pu être identifiée. Rechargez la page et réessayez.",
  idempotency_key_reused: "Cette demande a déjà été envoyée avec d’autres informations. Rechargez la page.",
  idempotency_in_progress: "Cette demande est déjà en cours de traitement. Patientez un instant.",
  nothing_due: "Rien n’est dû pour le moment.",
  not_paid: "Cette période n’est pas entièrement payée : la quittance est délivrée une fois le loyer réglé.",
  own_entry: "Vous ne pouvez pas confirmer votre propre saisie.",
  pending_confirmation: "Cette saisie attend encore une confirmation.",
  already_posted: "Cette écriture est déjà enregistrée.",
  already_confirmed: "Cette saisie a déjà été confirmée.",
  already_rejected: "Cette saisie a déjà été refusée.",
  invalid_signature: "La signature n’est pas valide.",
  amount_not_payable: "Ce montant ne peut pas être payé en ligne.",
  date_out_of_range: "Cette date est hors de la plage acceptée.",
  // agreements
  not_editable: "Ce contrat ne peut plus être modifié.",
  not_ready: "Ce contrat n’est pas prêt pour cette étape.",
  already_rendered: "Ce contrat est signé et son PDF définitif existe déjà.",
  not_out_for_signature: "Ce contrat n’est pas en cours de signature.",
  renters_first: "Tous les locataires doivent signer avant la contre-signature du bailleur.",
  wrong_side: "Cette saisie attend la confirmation de l’autre partie.",
  already_signed: "Vous avez déjà signé.",
  no_renters: "Aucun locataire n’a encore rejoint ce bail : le contrat a besoin de ses locataires.",
  not_a_pdf: "Ce fichier n’est pas un PDF.",
  stale: "Ce contrat a été modifié entre-temps. Rechargez la page.",
  incomplete: "Complétez d’abord le contrat : des informations obligatoires manquent.",
  unprintable_text: "Certains caractères ne peuvent pas être imprimés dans le PDF. Écrivez-les autrement.",
  // marketplace
  listing_closed: "Cette annonce n’accepte plus de candidatures.",
  rooms_taken: "Certaines chambres sont déjà attribuées.",
  no_place_left: "Il n’y a plus de place dans cette chambre.",
  room_full: "Cette chambre est complète.",
  already_applied: "Vous avez déjà candidaté à cette annonce.",
  dossier_incomplete: "Votre dossier ne remplit pas encore les conditions de cette annonce.",
  illegal_transition: "Cette action n’est pas possible dans l’état actuel.",
  not_accepted: "Seule une candidature acceptée peut être payée.",
  too_many_documents: "Votre dossier a atteint le nombre maximal de documents : supprimez-en d’abord.",
  too_many_guarantors: "Vous avez atteint le nombre maximal de garants.",
  too_many_photos: "Cette annonce a atteint le nombre maximal de photos.",
  places_have_applications: "Des places ont déjà des candidatures : elles ne peuvent pas être supprimées.",
  unknown_renter: "Cette personne n’est pas locataire de ce bail.",
  // not one code
  unknown: "La demande n’a pas pu aboutir.",
  server: "Une erreur est survenue de notre côté. Réessayez dans un instant.",
  correctFields: "Corrigez les champs signalés.",
  fieldInvalid: "Vérifiez cette valeur.",
  invalid_iban:
    "Cet IBAN n’est pas valide : vérifiez-le chiffre par chiffre (par exemple FR76 3000 6000 0112 3456 7890 189).",
  invalid_bic: "Ce BIC n’est pas valide : il compte 8 ou 11 caractères, par exemple AGRIFRPP.",
  invalid_siret: "Ce numéro SIRET n’est pas valide : il compte 14 chiffres, dont une clé de contrôle.",
  invalid_postcode: "Un code postal français compte 5 chiffres.",
  invalid_country: "Choisissez un pays dans la liste.",
  unknown_country: "Pays inconnu : choisissez-le dans la liste (ou saisissez son code ISO, par exemple FR).",
  invalid_currency: "Choisissez une devise dans la liste.",
  invalid_timezone: "Choisissez un fuseau horaire dans la liste.",
  org_identity_missing:
    "La quittance ne peut pas encore être établie : la raison sociale et l’adresse du bailleur ne sont pas renseignées.",
  rent_revision_not_applicable:
    "La révision du loyer selon l’IRL ne concerne que les baux de logements situés en France.",
  rent_revision_no_clause: "Ce bail ne comporte pas de clause de révision du loyer.",
  rent_revision_not_due: "Le loyer ne peut être révisé qu’à partir de la première date anniversaire du bail.",
  rent_revision_done: "La révision de cette année a déjà été confirmée.",
  rent_revision_frozen:
    "Logement classé F ou G : le loyer ne peut pas être révisé (loi n° 89-462, art. 17-1, issu de la loi Climat et résilience).",
  rent_revision_stale: "La révision proposée a changé entre-temps : rechargez la page et confirmez à nouveau.",
  rent_index_missing: "L’indice de référence des loyers d’un trimestre nécessaire n’est pas encore enregistré.",
  no_rent_revision: "Ce bail n’a encore aucune révision de loyer confirmée.",
  place_name_without_letter: "Saisissez un nom de lieu : il doit contenir au moins une lettre.",
  listing_incomplete:
    "Pour publier une annonce en France, renseignez la surface habitable, meublé ou non, la classe énergie (ou « DPE non requis ») et la classe GES.",
  lease_too_short:
    "Ce bail est plus court que la durée minimale légale : 3 ans en location vide (6 ans si le bailleur est une société), 1 an en meublé.",
  student_lease_duration: "Un bail meublé étudiant dure exactement 9 mois, avec une date de fin.",
  mobility_duration: "Un bail mobilité dure de 1 à 10 mois, avec une date de fin.",
  deposit_above_cap:
    "Le dépôt de garantie dépasse le plafond légal : 1 mois de loyer hors charges en location vide, 2 mois en meublé.",
  mobility_deposit: "Aucun dépôt de garantie ne peut être demandé pour un bail mobilité.",
  flat_charges_unfurnished:
    "En location vide, les charges sont des provisions régularisées chaque année, pas un forfait.",
  mobility_flat_charges: "En bail mobilité, les charges sont obligatoirement forfaitaires, sans régularisation.",
  partial_month_above_rent:
    "Le montant du premier ou du dernier mois ne peut pas dépasser un mois de loyer et de charges : un mois entamé se paie au prorata, jamais davantage.",
  agreement_contradicts_lease:
    "Le contrat contredit son bail : la nature du bail, le type de bailleur, les dates, le loyer, le dépôt de garantie et la devise viennent du bail. Modifiez le bail, puis enregistrez de nouveau le contrat.",
  annexes_missing:
    "Des annexes obligatoires ne sont pas jointes au contrat : cochez-les (diagnostics, notice d’information, état des lieux…) avant de l’envoyer à la signature.",
  currency_locked:
    "La devise ne peut plus changer : un bail ou une annonce de ce logement est déjà établi dans cette devise.",
  profile_field_missing: "Une information de votre profil manque.",
  document_missing: "Un justificatif exigé par cette annonce manque à votre dossier.",
  guarantors_missing: "Cette annonce exige davantage de garants.",
  guarantor_documents_missing: "L’un de vos garants n’a encore aucun justificatif.",
  received_in_future: "La date de réception du paiement ne peut pas être postérieure à aujourd’hui.",
  received_before_lease: "La date de réception du paiement ne peut pas être antérieure au début du bail.",
  period_outside_lease: "Le mois payé ne fait pas partie des mois du bail.",
  payment_pending: "Un paiement pour ce loyer attend déjà d’être confirmé : il doit d’abord être confirmé ou refusé.",
  apartment_not_in_property: "Ce logement ne fait pas partie de ce bien.",
  incurred_in_future: "La date de la dépense ne peut pas être postérieure à aujourd’hui.",
  no_logged_costs: "Aucun coût (main-d’œuvre ou fournitures) n’a encore été saisi sur cette demande.",
  request_not_on_property: "Cette demande d’intervention concerne un autre bien.",
  reopen_window_closed:
    "Cette demande a été résolue il y a plus de 14 jours : elle ne peut plus être rouverte. Faites une nouvelle demande.",
  visit_required: "Indiquez d’abord la date et le créneau de la visite.",
  already_rated: "Vous avez déjà noté cette intervention.",
  not_resolved: "L’intervention se note une fois la demande résolue.",
  assignee_not_member: "Cette personne ne fait pas partie de l’équipe de l’organisation.",
  mobility_reason_required:
    "Un bail mobilité doit indiquer le motif du locataire (formation professionnelle, études supérieures, contrat d’apprentissage, stage, service civique, mutation professionnelle ou mission temporaire).",
  lease_charges_changed: "Les charges de ce bail ont été modifiées entre-temps. Rechargez la page et réessayez.",
  company_number_needs_company:
    "Un numéro d’immatriculation (SIRET) est celui d’une société : choisissez « Personne morale », ou effacez le numéro.",
  family_company_needs_company:
    "Seule une société peut être une SCI familiale : choisissez d’abord « Personne morale ».",
  representative_needs_company:
    "Une personne physique signe pour elle-même : un représentant n’existe que pour une société. Choisissez « Personne morale », ou effacez-le.",
  landlord_kind_contradicts_org:
    "L’identité juridique de l’organisation (ses paramètres) dit déjà qui est le bailleur : le bail la suit. Corrigez les paramètres s’ils sont faux.",
  template_mismatch:
    "Ce modèle ne correspond pas au bail : choisissez-en un adapté à son type (meublé ou non) et à sa langue.",
  rent_required: "Un bail soumis à la loi française comporte un loyer : saisissez un montant supérieur à 0.",
  reason_required: "Indiquez le motif de cette action (3 à 500 caractères) : il est conservé dans le journal d’audit.",
  account_banned: "Ce compte a été suspendu par Rentline.",
  expense_already_recorded:
    "Les coûts saisis sur cette demande sont déjà enregistrés comme dépense : ouvrez cette dépense plutôt que de les enregistrer une seconde fois.",
  currency_mismatch:
    "Les coûts se saisissent dans la devise de l’organisation : indiquez le montant dans cette devise.",
  costs_finished: "Cette demande est clôturée ou annulée : on ne peut plus y saisir de coûts.",
  costs_recorded:
    "Les coûts de cette demande sont déjà enregistrés comme dépense : un nouveau coût n’y figurerait jamais, il ne peut donc pas être saisi.",
  reopen_window_open:
    "Le locataire peut encore rouvrir cette demande (14 jours après sa résolution) : clôturez-la quand il aura noté l’intervention, ou une fois ce délai passé.",
  one_assignee:
    "Une demande n’a qu’un seul intervenant : choisissez un membre de l’équipe ou un prestataire, pas les deux.",
  too_many_photos_per_message: "Un message contient au plus 10 photos : envoyez les autres dans un nouveau message.",
  vendor_exists:
    "Ce prestataire figure déjà dans votre liste (même nom et même e-mail ou téléphone) : choisissez-le dans « Confier à ».",
  not_partly_paid:
    "Cette période n’est pas payée en partie : une fois entièrement payée, c’est sa quittance qui est délivrée ; sans aucun paiement reçu, il n’y a pas de reçu.",
  move_in_in_past: "La date d’emménagement ne peut pas être passée : choisissez aujourd’hui ou un jour suivant.",
  export_in_progress: "L’export de vos données est déjà en préparation : vous recevrez un e-mail quand il sera prêt.",
  export_too_soon:
    "Vous avez demandé vos données il y a moins d’un jour : vous pouvez les redemander une fois par jour.",
} satisfies Record<ProblemCode | ProblemExtra, string>;
