import type { ServerMessages } from "../shape";
import { common } from "./common";
import { email } from "./email";
import { pdf } from "./pdf";
import { problems } from "./problems";
import { validation } from "./validation";
import { rentRevisionDocs } from "./rentRevisionDocs";
import { maintenance } from "./maintenance";

export const en: ServerMessages = { common, email, pdf, problems, validation, rentRevisionDocs, maintenance };
