// vite.config.ts `browserCatalogues`, in the server build: language → namespace → URL of its chunk.
declare module "virtual:rentline-catalogue-urls" {
  export const catalogueUrls: Partial<Record<string, Record<string, string>>>;
}
