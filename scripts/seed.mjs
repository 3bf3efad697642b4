// The demo's accounts and org, as rows (before the worker starts): org "Demo Properties" (a French SCI in Lyon)
// with its owner and manager, and the demo renters (scripts/demo/data.mjs). Everything else (portfolio, leases,
// rent, chat, agreement, listings, applications) is created through the API once the worker runs
// (scripts/demo.mjs). Idempotent (fixed ids, INSERT OR IGNORE). Usage: node scripts/seed.mjs [--persist-to DIR]
import { pbkdf2Sync, randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_PASSWORD, DEMO_USERS, ORG_ID } from "./demo/data.mjs";
import { run } from "./lib.mjs";

export { DEMO_PASSWORD, DEMO_USERS };

// The same format as worker/auth/passwords.ts: pbkdf2-sha256$iterations$salt$hash (base64).
export function hashPassword(password) {
  const salt = randomBytes(16);
  const hash = pbkdf2Sync(password, salt, 100_000, 32, "sha256");
  return `pbkdf2-sha256$100000$${salt.toString("base64")}$${hash.toString("base64")}`;
}

const q = (v) => (v === null ? "NULL" : typeof v === "number" ? String(v) : `'${String(v).replaceAll("'", "''")}'`);
const now = new Date().toISOString();

/**
 * The SQL row of an org `{ id, name, slug }` with the demo org's French settings (fr, EUR, Europe/Paris), a
 * legal identity (receipts need it) and bank details. A family SCI: a company (personne morale, its SIRET,
 * represented by its gérante) that is an SCI familiale (loi 89-462 art. 13), so its unfurnished leases last
 * three years, not six (art. 10). The load test (bench/load-seed.mjs) writes its landlords' orgs with it.
 */
export function orgSql({ id, name, slug }) {
  return `INSERT OR IGNORE INTO orgs (id, name, slug, currency, locale, timezone, country, legal_name, legal_form, legal_kind, family_company, representative, company_number, address, postal_code, city, address_country, contact_email, bank_holder, bank_iban, bank_bic, database, is_disabled, created_at) VALUES (${q(id)}, ${q(name)}, ${q(slug)}, 'EUR', 'fr', 'Europe/Paris', 'FR', ${q(`SCI ${name}`)}, 'SCI', 'company', 1, 'Odile Fabre, gérante', '73282932000074', '1 Place Bellecour', '69002', 'Lyon', 'FR', ${q(`contact@${slug}.example`)}, ${q(`SCI ${name}`)}, 'FR7630006000011234567890189', 'AGRIFRPP', 'DB', 0, ${q(now)});`;
}

/**
 * The SQL rows of a verified account `{ id, email, name, type, role }` (`passwordHash` as hashPassword makes
 * it) and, with a `role`, its membership of org `orgId`.
 */
export function accountSql(u, orgId, passwordHash) {
  const lines = [
    `INSERT OR IGNORE INTO users (id, email, name, account_type, password_hash, email_verified_at, is_platform_admin, created_at) VALUES (${q(u.id)}, ${q(u.email)}, ${q(u.name)}, ${q(u.type)}, ${q(passwordHash)}, ${q(now)}, 0, ${q(now)});`,
  ];
  if (u.role)
    lines.push(
      `INSERT OR IGNORE INTO memberships (org_id, user_id, role, created_at) VALUES (${q(orgId)}, ${q(u.id)}, ${q(u.role)}, ${q(now)});`,
    );
  return lines.join("\n");
}

export function seedSql() {
  const lines = [orgSql({ id: ORG_ID, name: "Fabre Immobilier", slug: "fabre-immobilier" })];
  for (const u of DEMO_USERS) lines.push(accountSql(u, ORG_ID, hashPassword(DEMO_PASSWORD)));
  return lines.join("\n");
}

/** Runs `sql` (default: the demo's accounts and org) on the local D1 (`extraArgs`: --persist-to, -c). */
export function seedLocal(extraArgs = [], sql = seedSql()) {
  const dir = mkdtempSync(join(tmpdir(), "rentline-seed-"));
  const file = join(dir, "seed.sql");
  writeFileSync(file, sql);
  run("wrangler", ["d1", "execute", "DB", "--local", "--file", file, ...extraArgs], {
    stdio: ["ignore", "ignore", "inherit"],
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf("--persist-to");
  seedLocal(i > 0 ? ["--persist-to", process.argv[i + 1]] : []);
  console.log("Seeded demo data.");
}
