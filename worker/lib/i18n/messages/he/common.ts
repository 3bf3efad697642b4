import type { ServerMessages } from "../shape";

export const common: ServerMessages["common"] = {
  appName: "Rentline",
  languageName: "עברית",
};
