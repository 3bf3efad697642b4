/** The platform admins' audit trail (app/routes/admin-audit.tsx): its filters. */
export const adminAudit = {
  orgId: "Organisation (identifiant)",
  actorUserId: "Personne (identifiant)",
  action: "Action ou son début",
  targetId: "Objet (identifiant)",
};
