import { common } from "./common";
import { problems } from "./problems";
import { validation } from "./validation";

/** The French server catalogue: the reference every other language is typed against. */
export const fr = { common, validation, problems };
