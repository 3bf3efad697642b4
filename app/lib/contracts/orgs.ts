import { z } from "zod";
import { ROLES } from "../../../worker/lib/domain";

/** Interim copy of worker/orgs' inputs (see README.md). */
export const orgInput = z.object({ name: z.string().trim().min(1).max(120) });

export const invitationInput = z.object({ email: z.email().trim().toLowerCase().max(254), role: z.enum(ROLES) });

export const invitationAcceptance = z.object({ token: z.string().min(10).max(200) });
