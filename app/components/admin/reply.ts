/** What an admin console action answers its dialog: done (which action, on whom) or refused (a sentence). */
export type AdminActionReply = { ok: true; intent: string; name: string } | { ok: false; error: string };
