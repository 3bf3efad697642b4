import type { fr } from "./fr";

/** The server catalogue's shape: French is the reference; every language has exactly its keys. */
export type ServerMessages = typeof fr;
