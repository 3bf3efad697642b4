import { describe, expect, it } from "vitest";
import { portsOf } from "../../worker/lib/ports";
import { jobAppUrl } from "../../worker/lib/served-origin";
import { createLogger } from "../../worker/lib/log";
import { api, BASE } from "../setup/client";
import { env, signUpLandlord } from "../setup/helpers";

// Links in emails use the origin the app is served from: APP_URL when deployed; locally (a dev server on
// another port than APP_URL's) the request's origin, and for queue consumers and crons, which have no
// request, the origin the app was last served from (chat-digest-integration reads a digest's links).

describe("the origin of links in emails", () => {
  it("locally, jobs link to where the app is served; deployed, to APP_URL whatever the request", async () => {
    expect(BASE).not.toBe(env.APP_URL);
    const owner = await signUpLandlord("Agence Liens");
    expect((await api(owner).orgs.current.$get()).status).toBe(200);
    expect(jobAppUrl({ APP_ENV: "development", APP_URL: env.APP_URL })).toBe(BASE);
    // A job's ports (queues, crons) take it too.
    const run = { db: {} as never, log: createLogger({ requestId: "t" }), requestId: "t", rooms: {} as never };
    expect(portsOf({ ...env, APP_ENV: "development" }, run).appUrl).toBe(BASE);
    expect(jobAppUrl({ APP_ENV: "production", APP_URL: "https://rentline.app" })).toBe("https://rentline.app");
    expect(portsOf({ ...env, APP_ENV: "production", APP_URL: "https://rentline.app" }, run).appUrl).toBe(
      "https://rentline.app",
    );
  });
});
