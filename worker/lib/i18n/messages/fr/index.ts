import { common } from "./common";
import { email } from "./email";
import { problems } from "./problems";
import { validation } from "./validation";

/** The French server catalogue: the reference every other language is typed against. */
export const fr = { common, email, problems, validation };
