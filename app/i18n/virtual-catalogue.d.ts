// vite.config.ts `browserCatalogues`: "<lang>/<namespace>" → that namespace's chunk (compiled messages).
declare module "virtual:rentline-catalogue" {
  export const loaders: Partial<Record<string, () => Promise<{ default: object }>>>;
}
