import { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "../../worker/auth/passwords";
import { emailField } from "./forms";

export { PASSWORD_MIN_LENGTH };

export const newPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(200, "Use at most 200 characters");

export const signupForm = z
  .object({
    accountType: z.enum(["landlord", "renter"], { error: "Choose landlord or renter" }),
    name: z.string().trim().min(1, "Enter your name").max(100, "Use at most 100 characters"),
    email: emailField,
    password: newPassword,
    orgName: z.string().trim().max(120, "Use at most 120 characters").optional(),
  })
  .transform((v) => ({ ...v, orgName: v.accountType === "landlord" ? v.orgName || undefined : undefined }))
  .superRefine((v, ctx) => {
    if (v.accountType === "landlord" && !v.orgName)
      ctx.addIssue({ code: "custom", path: ["orgName"], message: "Enter the name of your business, or your own name" });
  });
