/**
 * Limits of an agreement's special clauses: ./fields.ts checks them, the editor shows them (through
 * ./vocabulary.ts). Their own module so the browser's half does not reach the zod fields.
 */
export const MAX_CLAUSES = 30;
export const MAX_CLAUSE_LENGTH = 2000;
