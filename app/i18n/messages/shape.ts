import type { fr } from "./fr";

/** The UI catalogue's shape: French is the reference; every language has exactly its keys. */
export type Messages = typeof fr;
