/** @deprecated import `enqueueEmail` from email/contract (the one module other features may import). */
export { enqueueEmail } from "./contract";
