import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { IntlProvider } from "use-intl";
import { describe, expect, it } from "vitest";
import { RoomAlerts } from "../../app/components/chat-panel";
import { ALL_MESSAGES } from "../../app/i18n/messages/all.server";
import { initialRoomState, roomReducer, type RoomState } from "../../app/lib/room";
import type { Locale } from "../../worker/lib/i18n/locales";
import { api } from "../setup/client";
import { addRenter, createApartment, signUpLandlord } from "../setup/helpers";
import { RoomClient, type Frame } from "../setup/room-client";

/**
 * Issue 13: a room that cuts someone off, or refuses their message, sends a code; the page words it in the
 * reader's language. Real room, real frames, through the browser's reducer (app/lib/room.ts) into the chat
 * panel's alert (app/components/chat-panel.tsx `RoomAlerts`), rendered with the real catalogues.
 */

async function home() {
  const owner = await signUpLandlord("Texte Gestion");
  const { apartmentId } = await createApartment(owner, "T1");
  const { renter } = await addRenter(owner, apartmentId);
  return { owner, renter, apartmentId };
}

/** The page's room state after these frames, as the browser reduces them. */
function stateAfter(frames: Frame[]): RoomState {
  let state = roomReducer(initialRoomState({ replay: true }), { on: "open" }).state;
  for (const frame of frames) state = roomReducer(state, { on: "frame", frame, at: 0 }).state;
  return roomReducer(state, { on: "close" }).state;
}

/** The text the chat panel's alerts show for `state` in `locale`. */
function shown(state: RoomState, locale: Locale): string {
  const html = renderToStaticMarkup(
    createElement(IntlProvider, {
      locale,
      messages: ALL_MESSAGES[locale],
      timeZone: "UTC",
      children: createElement(RoomAlerts, { live: { state, dismissNotice: () => undefined } }),
    }),
  );
  return html.replace(/<[^>]+>/g, "").replaceAll("&#x27;", "'");
}

describe("the room's refusals, in the reader's language", () => {
  it("signed out: the frame carries the code `signed_out`; a French reader reads French, an English reader English", async () => {
    const { renter, apartmentId } = await home();
    const socket = await RoomClient.open(apartmentId, renter);
    expect((await api(renter).auth.logout.$post()).status).toBe(204);
    const error = await socket.waitFor("error", (f) => f.code === "access_revoked");
    expect(error.reason).toBe("signed_out");

    const state = stateAfter(socket.frames);
    expect(state.status).toBe("revoked");
    expect(shown(state, "fr")).toBe("Déconnecté : cette session a été fermée ; reconnectez-vous pour continuer.");
    expect(shown(state, "en")).toBe("Disconnected: this session was signed out; sign in again to continue.");
    expect(shown(state, "uk")).toBe("Відключено: цей сеанс завершено; увійдіть знову, щоб продовжити.");
    // Hebrew arguments are isolated (U+2068 … U+2069, app/i18n/isolate-arguments.ts): the reason is one.
    expect(shown(state, "he")).toBe("מנותק: \u2068ההתחברות הזו נסגרה; התחברו שוב כדי להמשיך\u2069.");
  });

  it("too many messages: the frame carries `rate_limited`; the French reader is told to wait, in French", async () => {
    const { owner, apartmentId } = await home();
    const socket = await RoomClient.open(apartmentId, owner);
    for (let i = 0; i < 21; i++) socket.send({ type: "chat", text: `message ${i}`, clientId: `burst-${i}` });
    await socket.waitFor("error", (f) => f.code === "rate_limited");
    socket.close();

    const state = stateAfter(socket.frames.filter((f) => f.type === "error"));
    expect(state.notice).toBe("rate_limited");
    expect(shown(state, "fr")).toBe(
      "Trop de messages à la suite : patientez quelques secondes avant d’envoyer le suivant.Masquer",
    );
  });
});
