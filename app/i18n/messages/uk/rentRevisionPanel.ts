import type { Messages } from "../shape";

export const rentRevisionPanel: Messages["rentRevisionPanel"] = {
  title: "Перегляд орендної плати (IRL)",
  loadFailed: "Не вдалося завантажити перегляд орендної плати.",
};
