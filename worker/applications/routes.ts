import { createRoute, z } from "@hono/zod-openapi";
import { readAsUser, readOrg, requireUser, requireVerifiedEmail } from "../auth/access";
import { requirePermission } from "../auth/policy";
import { createRouter } from "../lib/context";
import { NotFound } from "../lib/errors";
import { errorResponses, idParam, json, jsonBody } from "../lib/openapi";
import { stripeConfigured } from "../lib/stripe";
import { readInApplication } from "./access";
import { actionRoutes } from "./action-routes";
import { applicationDetail, applyInput, applicationView, listingApplications, myApplication } from "./contract";
import { checklistRoutes } from "./checklist";
import { firstPaymentOf, firstPaymentQueries } from "./first-payment";
import { conversationRoutes } from "./conversation-routes";
import type { ApplicationDeps } from "./deps";
import * as queries from "./queries";
import * as service from "./service";
import { reviewDossierQueries, reviewDossiers } from "./review";
import { shownApplication, viewerOf } from "./view";

/**
 * Applications: applying, each side's reads, and (./action-routes.ts, ./conversation-routes.ts) the
 * lifecycle actions, the conversation and the online first payment. The applicant or the listing org's
 * reviewers ("application.review") reach an application; anyone else gets 404.
 */
const tags = ["Applications"];

const readRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/applications",
      operationId: "applyToListing",
      summary: "Apply to a listing",
      tags,
      description:
        "Applies to a published listing with the caller's dossier. A dossier that does not meet the listing's requirements answers 422 with everything missing in `errors`; a second application to the same listing 409. For a dwelling in France, the lease it would become (the ad's kind: furnished, else unfurnished; from `moveInDate` for `durationMonths`) must meet loi n° 89-462: 422 with the rule's code, e.g. `lease_too_short` at `durationMonths` (12 months furnished, 36 unfurnished), `deposit_above_cap`.",
      request: jsonBody(applyInput),
      responses: { 201: json(applicationView, "Applied"), 422: errorResponses[400], ...errorResponses },
    }),
    async (c) => {
      const claims = await requireUser(c);
      await requireVerifiedEmail(c);
      const applied = await service.apply(c.get("ports"), claims.sub, c.req.valid("json"));
      c.executionCtx.waitUntil(c.get("ports").rooms.orgChanged({ applicationId: applied.id }, "applications"));
      return c.json(applied, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/me/applications",
      operationId: "listMyApplications",
      summary: "List the caller's applications",
      tags,
      description: "The caller's applications across orgs, newest first, each with its status history.",
      responses: { 200: json(z.object({ results: z.array(myApplication) })), ...errorResponses },
    }),
    async (c) => {
      const {
        results: [rows, history],
      } = await readAsUser(c, (db, claims) => [
        queries.myApplicationsQuery(db, claims.sub),
        queries.myHistoryQuery(db, claims.sub),
      ]);
      const historyOf = (id: string) => history.filter((h) => h.applicationId === id).map(({ orgId: _, ...h }) => h);
      return c.json({ results: rows.map((r) => ({ ...r, history: historyOf(r.id) })) }, 200);
    },
  );

/** One application, with the dossier as applied (`presentDossier`: dossier's, handed in by worker/app.ts). */
const detailRoutes = ({ presentDossier }: Pick<ApplicationDeps, "presentDossier">) =>
  createRouter().openapi(
    createRoute({
      method: "get",
      path: "/applications/{id}",
      operationId: "getApplication",
      summary: "Read an application",
      tags,
      description:
        "One application for either side: status history, the place (`room`), and the dossier as applied (documents through signed links: for the landlord, links that check their access to this application again on use). Once accepted, `firstPayment`: what to pay, how and by when.",
      request: { params: idParam },
      responses: { 200: json(applicationDetail), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const {
        access,
        results: [[place], history, gs, docs, [ad], [bank]],
      } = await readInApplication(c, id, (db) => [
        queries.placeOfApplicationQuery(db, id),
        queries.historyQuery(db, id),
        ...queries.applicationDossierQueries(db, id),
        ...firstPaymentQueries(db, id),
      ]);
      if (!place) throw new NotFound("Application");
      const grant =
        access.side === "renter"
          ? ({ kind: "user", userId: access.userId } as const)
          : ({ kind: "application", applicationId: id } as const);
      const renter = access.application.renterUserId;
      const dossier = await presentDossier(c.env.FILES_SIGNING_KEY, renter, docs, gs, grant);
      return c.json(
        {
          application: shownApplication(access),
          room: place,
          history: history.map(({ orgId: _, ...h }) => h),
          ...dossier,
          viewer: viewerOf(access, stripeConfigured(c.env)),
          firstPayment:
            access.application.status === "accepted_pending_payment"
              ? firstPaymentOf(access.application, ad, bank)
              : null,
        },
        200,
      );
    },
  );

/** (rent + charges) / income, two decimals; null without an income (or with none that compares). */
const ratioOf = (rent: number, income: number | null) => (income ? Math.round((rent / income) * 100) / 100 : null);

/** A listing's applications with each dossier as applied (`presentDossier`: dossier's, handed in by worker/app.ts). */
const listingApplicationRoutes = ({ presentDossier }: Pick<ApplicationDeps, "presentDossier">) =>
  createRouter().openapi(
    createRoute({
      method: "get",
      path: "/listings/{id}/applications",
      operationId: "listListingApplications",
      summary: "List a listing's applications",
      tags,
      description:
        "A listing's applications and its places, for its org's reviewers (owners and managers): per applicant the stated monthly income, the rent-to-income ratio ((place rent + charges) / income), the documents and the chosen guarantors with their income and ratio (a guarantor's income in another currency has no ratio), every file behind a signed link checked again on use.",
      request: { params: idParam },
      responses: { 200: json(listingApplications), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const {
        s,
        results: [[listing], rows, places, gs, docs],
      } = await readOrg(c, (s) => [...queries.listingApplicationsQueries(s, id), ...reviewDossierQueries(s, id)]);
      if (!listing) throw new NotFound("Listing");
      requirePermission(s.scope, "application.review");
      const dossiers = await reviewDossiers(presentDossier, c.env.FILES_SIGNING_KEY, rows, gs, docs);
      const results = rows.map(({ renterUserId: _, ...row }, i) => {
        const rent = row.rentAmount + listing.chargesAmount;
        const dossier = dossiers[i]!;
        return {
          ...row,
          rentToIncome: ratioOf(rent, row.incomeAmount),
          documents: dossier.documents,
          guarantorDossiers: dossier.guarantors.map((g) => ({
            ...g,
            rentToIncome:
              !g.incomeCurrency || g.incomeCurrency === listing.currency ? ratioOf(rent, g.incomeAmount) : null,
          })),
        };
      });
      return c.json({ listing, rooms: places, results }, 200);
    },
  );

/**
 * Every application route; `deps` are the other features' services applications uses, handed in by the
 * composition root (worker/app.ts).
 */
export function applicationRoutes(deps: ApplicationDeps) {
  return createRouter()
    .route("/", readRoutes)
    .route("/", detailRoutes(deps))
    .route("/", listingApplicationRoutes(deps))
    .route("/", actionRoutes(deps))
    .route("/", conversationRoutes(deps))
    .route("/", checklistRoutes);
}
