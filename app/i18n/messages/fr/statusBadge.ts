/** An agreement's or a listing's status, as its badge says it (app/components/status-badge.tsx). */
export const statusBadge = {
  draft: "Brouillon",
  rendering: "Génération…",
  ready: "Prêt",
  out_for_signature: "En signature",
  signed: "Signé",
  failed: "Échec",
  published: "Publiée",
  closed: "Fermée",
  taken_down: "Retirée par Rentline",
};
