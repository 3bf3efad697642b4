import type { ServerMessages } from "../shape";
import { common } from "./common";
import { problems } from "./problems";
import { validation } from "./validation";

export const uk: ServerMessages = { common, validation, problems };
