import { common } from "./common";
import { validation } from "./validation";

/** The French server catalogue: the reference every other language is typed against. */
export const fr = { common, validation };
