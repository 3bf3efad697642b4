declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS?: import("cloudflare:test").D1Migration[];
    }
  }
}
declare module "vitest" {
  export interface ProvidedContext {
    oidcIssuer: string;
    stripeApi: string;
    sentryEndpoint: string;
  }
}
export {};
