import { permissionsOf } from "../auth/policy";
import type { ApplicationAccess } from "./access";
import { conversationOpenStatuses } from "./schema";
import { applicationActions, decide } from "./state";

/**
 * How an application shows to whoever reads it: the fields each side sees, and the viewer block (side,
 * permissions, the actions the state table allows them now, chat and online payment).
 */
export function shownApplication(access: ApplicationAccess) {
  const {
    orgId: _,
    transitionId: __,
    listingStatus: ___,
    depositAmount: ____,
    viewerRole: _r,
    orgDisabled: _d,
    viewerName: _n,
    ...shown
  } = access.application;
  return shown;
}

/** The conversation stays open while the application is decided, and once confirmed. */
export const canChat = (access: ApplicationAccess) => conversationOpenStatuses.includes(access.application.status);

export function viewerOf(access: ApplicationAccess, onlinePayments: boolean) {
  const status = access.application.status;
  return {
    side: access.side,
    role: access.role,
    permissions: permissionsOf({ role: access.role, side: access.side }),
    actions: applicationActions.filter((a) => decide(a, access.side, status).ok),
    canChat: canChat(access),
    canPayOnline: access.side === "renter" && status === "accepted_pending_payment" && onlinePayments,
  };
}
