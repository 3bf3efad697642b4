import { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "../../../worker/auth/passwords";

/** Interim copy of worker/auth's inputs (see README.md). */
const email = z.email().trim().toLowerCase().max(254);
const password = z.string().min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`).max(200);
const oneTimeToken = z.string().min(10).max(200);

export const signupInput = z.object({
  email,
  password,
  name: z.string().trim().min(1).max(100),
  accountType: z.enum(["landlord", "renter"]),
  orgName: z.string().trim().min(1).max(120).optional(),
});

export const loginInput = z.object({ email, password: z.string().min(1).max(200) });
export const passwordResetInput = z.object({ email });
export const passwordResetConfirmInput = z.object({ token: oneTimeToken, password });
