import type { ServerMessages } from "../shape";
import { common } from "./common";
import { validation } from "./validation";

export const he: ServerMessages = { common, validation };
