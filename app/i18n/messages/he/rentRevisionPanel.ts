import type { Messages } from "../shape";

export const rentRevisionPanel: Messages["rentRevisionPanel"] = {
  title: "עדכון דמי שכירות (IRL)",
  loadFailed: "לא ניתן היה לטעון את עדכון דמי השכירות.",
};
