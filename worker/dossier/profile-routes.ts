import { createRoute, z } from "@hono/zod-openapi";
import { readAsUser, requireUser } from "../auth/access";
import { createRouter } from "../lib/context";
import { errorResponses, json, jsonBody, problems } from "../lib/openapi";
import { profileInput, profileView } from "./contract";
import { profileQuery, saveProfile, showProfile } from "./profile";

/**
 * The renter's profile (/me/profile): completed after accepting a lease, and the profile part of the
 * dossier. Global to the user (one renter, several orgs).
 */
const tags = ["Dossier"];

export const profileRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/me/profile",
      operationId: "getRenterProfile",
      summary: "Read the renter's profile",
      tags,
      description: "The signed-in user's renter profile, or null before they complete it.",
      responses: { 200: json(z.object({ profile: profileView.nullable() })), ...errorResponses },
    }),
    async (c) => {
      const {
        results: [[row]],
      } = await readAsUser(c, (db, claims) => [profileQuery(db, claims.sub)]);
      return c.json({ profile: row ? showProfile(row) : null }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/me/profile",
      operationId: "saveRenterProfile",
      summary: "Save the renter's profile",
      tags,
      description:
        "Creates or replaces the profile. The dossier fields (nationality, education, budget) are optional: left out, they keep their stored values.",
      request: jsonBody(profileInput),
      responses: { 200: json(z.object({ profile: profileView })), ...errorResponses, ...problems(422) },
    }),
    async (c) => {
      const claims = await requireUser(c);
      return c.json({ profile: showProfile(await saveProfile(c.get("db"), claims.sub, c.req.valid("json"))) }, 200);
    },
  );
