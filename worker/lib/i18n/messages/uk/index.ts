import type { ServerMessages } from "../shape";
import { common } from "./common";
import { email } from "./email";
import { pdf } from "./pdf";
import { problems } from "./problems";
import { validation } from "./validation";
import { rentRevisionDocs } from "./rentRevisionDocs";
import { statementDocs } from "./statementDocs";
import { maintenance } from "./maintenance";
import { moderation } from "./moderation";
import { dataExport } from "./dataExport";
import { erasure } from "./erasure";

export const uk: ServerMessages = {
  common,
  email,
  pdf,
  problems,
  validation,
  rentRevisionDocs,
  statementDocs,
  maintenance,
  moderation,
  dataExport,
  erasure,
};
