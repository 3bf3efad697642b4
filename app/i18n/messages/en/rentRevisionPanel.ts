import type { Messages } from "../shape";

export const rentRevisionPanel: Messages["rentRevisionPanel"] = {
  title: "Rent revision (IRL)",
  loadFailed: "The rent revision could not be loaded.",
};
