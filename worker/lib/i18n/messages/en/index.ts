import type { ServerMessages } from "../shape";
import { common } from "./common";
import { email } from "./email";
import { problems } from "./problems";
import { validation } from "./validation";

export const en: ServerMessages = { common, email, problems, validation };
