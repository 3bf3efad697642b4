import { describe, expect, it } from "vitest";
import { SERVER_MESSAGES } from "../../worker/lib/i18n/messages";
import { api, multipart, rawCall } from "../setup/client";
import { addRenter, createApartment, signUpLandlord } from "../setup/helpers";
import { listingThroughApi, pngOf } from "../setup/listings";

// issue 14 §5: a let or withdrawn listing's page says so and offers similar listings (docs/decisions/0007).

const listing = listingThroughApi;

const rentOf = (rentAmount: number) => ({ rooms: [{ name: "Whole flat", capacity: 1, rentAmount }] });

describe("a closed listing answers 410 with similar listings", () => {
  it("names the listing and offers up to 4 published ones in the same city, closest rent first, in one round trip", async () => {
    const owner = await signUpLandlord("Closing Lettings");
    const city = `Villeurbanne-${crypto.randomUUID().slice(0, 6)}`;
    const closed = await listing(owner, { title: "Le studio loué", city, ...rentOf(70000) });
    const near = await listing(owner, { title: "Proche", city, ...rentOf(72000) });
    const nearer = await listing(owner, { title: "Très proche", city, ...rentOf(69000) });
    const far = await listing(owner, { title: "Un peu plus cher", city, ...rentOf(85000) });
    const cheaper = await listing(owner, { title: "Trop bon marché", city, ...rentOf(48000) });
    const fifth = await listing(owner, { title: "Cinquième", city, ...rentOf(76000) });
    // Not similar: too cheap (above), too dear, elsewhere, another currency, a draft.
    await listing(owner, { title: "Trop cher", city, ...rentOf(140000) });
    await listing(owner, { title: "Ailleurs", city: "Marseille", ...rentOf(70000) });
    await listing(owner, { title: "Brouillon", city, ...rentOf(70000) }, { draft: true });
    const photo = new FormData();
    photo.append("file", await pngOf(8, 6), "salon.png");
    const uploaded = await api(owner).listings[":id"].photos.$post({ param: { id: nearer.id } }, multipart(photo));
    expect(uploaded.status, uploaded.text).toBe(201);

    expect((await api(owner).listings[":id"].close.$post({ param: { id: closed.id } })).status).toBe(200);
    const res = await rawCall("GET", `/api/public/listings/${closed.id}`);
    expect(res.status, res.text).toBe(410);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.headers.get("x-d1-round-trips")).toBe("1");
    const body = res.json as {
      code: string;
      status: number;
      listing: { id: string; title: string; city: string };
      similar: { id: string; title: string; rentAmount: number; photo: string | null; roomsCount: number | null }[];
    };
    expect(body).toMatchObject({
      code: "listing_closed",
      status: 410,
      listing: { id: closed.id, title: "Le studio loué", city },
    });
    // ±30 % of 700 € is 490–910 €: closest rent first, at most 4.
    expect(body.similar.map((s) => s.id)).toEqual([nearer.id, near.id, fifth.id, far.id]);
    expect(body.similar.map((s) => s.id)).not.toContain(cheaper.id);
    expect(body.similar[0]!.photo).toBe(uploaded.json.id);
    expect(body.similar[0]!.roomsCount).toBe(2);
  });

  it("a published listing answers 200 as before; a draft or unknown id stays 404; relisting makes it 200 again", async () => {
    const owner = await signUpLandlord("Relisting Lettings");
    const shown = await listing(owner, { title: "Visible" });
    const draft = await listing(owner, { title: "Brouillon" }, { draft: true });
    const published = await api().public.listings[":id"].$get({ param: { id: shown.id } });
    expect(published.status).toBe(200);
    expect(published.json).not.toHaveProperty("similar");
    expect((await api().public.listings[":id"].$get({ param: { id: draft.id } })).status).toBe(404);
    expect((await api().public.listings[":id"].$get({ param: { id: "no-such-id" } })).status).toBe(404);
    expect((await api(owner).listings[":id"].close.$post({ param: { id: shown.id } })).status).toBe(200);
    const gone = await rawCall("GET", `/api/public/listings/${shown.id}`);
    expect(gone.status).toBe(410);
    expect((gone.json as { similar: unknown[] }).similar).toEqual([]);
    expect((await api(owner).listings[":id"].publish.$post({ param: { id: shown.id } })).status).toBe(200);
    expect((await api().public.listings[":id"].$get({ param: { id: shown.id } })).status).toBe(200);
  });

  it("the renter side shows in /me: homes joined and applications counted", async () => {
    const owner = await signUpLandlord("Sides Lettings");
    const before = await api(owner).me.$get();
    expect(before.json.renting).toEqual({ homes: 0, applications: 0 });
    const { apartmentId } = await createApartment(owner, "S1");
    const { renter } = await addRenter(owner, apartmentId);
    const me = await api(renter).me.$get();
    expect(me.status).toBe(200);
    expect(me.headers.get("x-d1-round-trips")).toBe("1");
    expect(me.json.renting).toEqual({ homes: 1, applications: 0 });
    expect(me.json.memberships).toEqual([]);
  });
});

describe("the 410 of a closed listing speaks the caller's language (problemResponse, like every problem)", () => {
  it("in French: title and detail are the French sentence, with the listing and similar ones still attached", async () => {
    const owner = await signUpLandlord("Fermée Lettings");
    const closed = await listing(owner, {
      title: "Le deux-pièces loué",
      city: `Bron-${crypto.randomUUID().slice(0, 6)}`,
    });
    expect((await api(owner).listings[":id"].close.$post({ param: { id: closed.id } })).status).toBe(200);
    const gone = await rawCall("GET", `/api/public/listings/${closed.id}`, undefined, {
      headers: { "accept-language": "fr-FR,fr;q=0.9" },
    });
    expect(gone.status, gone.text).toBe(410);
    expect(gone.headers.get("content-type")).toContain("application/problem+json");
    expect(gone.headers.get("content-language")).toBe("fr");
    expect(gone.headers.get("x-d1-round-trips")).toBe("1");
    expect(gone.json).toMatchObject({
      code: "listing_closed",
      status: 410,
      title: SERVER_MESSAGES.fr.problems.listing_closed,
      detail: SERVER_MESSAGES.fr.problems.listing_closed,
      listing: { id: closed.id, title: "Le deux-pièces loué" },
      similar: [],
    });
  });
});
