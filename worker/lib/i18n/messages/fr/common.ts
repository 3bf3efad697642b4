/** Words every surface shares (emails, PDFs, pages). */
export const common = {
  appName: "Rentline",
  languageName: "Français",
};
