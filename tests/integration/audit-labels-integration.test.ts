import { describe, expect, it } from "vitest";
import { en } from "../../app/i18n/messages/en";
import { fr } from "../../app/i18n/messages/fr";
import { he } from "../../app/i18n/messages/he";
import { uk } from "../../app/i18n/messages/uk";
import { auditLabelKey } from "../../worker/audit/contract";
import { DOMAIN_AUDIT_ACTIONS } from "../../worker/lib/audit";
import { rawCall } from "../setup/client";
import { readOpenApi } from "../setup/openapi";

/**
 * The audit trail in words (issue 16 §2, tester: owners read "POST /api/expenses", not "Expense recorded"):
 * generated from the route table the API serves, every write route, and every domain event the code may
 * record (`DOMAIN_AUDIT_ACTIONS`, the type every `auditEntry` takes), has its words in every UI catalogue.
 */
const CATALOGUES = { en, fr, he, uk };

async function writeRoutes(): Promise<string[]> {
  const res = await rawCall("GET", "/api/openapi.json");
  return Object.entries(readOpenApi(res.json).paths).flatMap(([path, item]) =>
    ["post", "put", "patch", "delete"]
      .filter((m) => m in item)
      // As the floor records it (worker/lib/audit-writes.ts): `POST /api/expenses/:id/receipt`.
      .map((m) => `${m.toUpperCase()} /api${path.replace(/^\/api(?=\/)/, "").replace(/\{(\w+)\}/g, ":$1")}`),
  );
}

describe("every audited action has words in every language", () => {
  it("each write route of the route table and each domain event", async () => {
    const actions = [...(await writeRoutes()), ...DOMAIN_AUDIT_ACTIONS];
    expect(actions.length).toBeGreaterThan(130);
    for (const [locale, messages] of Object.entries(CATALOGUES)) {
      const words = messages.auditActions as Record<string, string>;
      const missing = actions.filter((a) => !words[auditLabelKey(a)]?.trim());
      expect(missing, `${locale}: actions without words (app/i18n/messages/${locale}/auditActions.ts)`).toEqual([]);
    }
  });

  it("keys read as the catalogue writes them", () => {
    expect(auditLabelKey("PATCH /api/maintenance-requests/:id")).toBe("PATCH_maintenance_requests_id");
    expect(auditLabelKey("POST /api/vendor-link/maintenance-request/comments")).toBe(
      "POST_vendor_link_maintenance_request_comments",
    );
    expect(auditLabelKey("payment.confirmed")).toBe("payment_confirmed");
    expect(en.auditActions.POST_expenses).toBe("Expense recorded");
    expect(fr.auditActions.org_member_role).toBe("Rôle changé (ancien et nouveau)");
  });
});
