import type { ServerMessages } from "../shape";
import { common } from "./common";
import { validation } from "./validation";

export const uk: ServerMessages = { common, validation };
