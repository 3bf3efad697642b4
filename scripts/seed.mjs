// Demo data for local runs: org "Demo Properties" (2 properties, 6 apartments) with an owner, a manager
// and a renter. Idempotent (fixed ids, INSERT OR IGNORE). Usage: node scripts/seed.mjs [--persist-to DIR]
import { pbkdf2Sync, randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "./lib.mjs";

export const DEMO_PASSWORD = "rentline-demo";
export const DEMO_USERS = [
  {
    id: "0190a000-0000-7000-8000-000000000001",
    email: "owner@demo.rentline.app",
    name: "Olivia Owner",
    type: "landlord",
    role: "owner",
  },
  {
    id: "0190a000-0000-7000-8000-000000000002",
    email: "manager@demo.rentline.app",
    name: "Marc Manager",
    type: "landlord",
    role: "manager",
  },
  {
    id: "0190a000-0000-7000-8000-000000000003",
    email: "renter@demo.rentline.app",
    name: "Rémi Renter",
    type: "renter",
    role: null,
  },
];
const ORG_ID = "0190a000-0000-7000-8000-0000000000a1";

// The same format as worker/auth/passwords.ts: pbkdf2-sha256$iterations$salt$hash (base64).
function hashPassword(password) {
  const salt = randomBytes(16);
  const hash = pbkdf2Sync(password, salt, 100_000, 32, "sha256");
  return `pbkdf2-sha256$100000$${salt.toString("base64")}$${hash.toString("base64")}`;
}

const q = (v) => (v === null ? "NULL" : typeof v === "number" ? String(v) : `'${String(v).replaceAll("'", "''")}'`);
const now = new Date().toISOString();

export function seedSql() {
  const lines = [];
  lines.push(
    // The demo org's settings (issue 13): French defaults, a legal identity (receipts need it) and bank details.
    `INSERT OR IGNORE INTO orgs (id, name, slug, currency, locale, timezone, country, legal_name, legal_form, legal_kind, company_number, address, postal_code, city, address_country, contact_email, bank_holder, bank_iban, bank_bic, database, is_disabled, created_at) VALUES (${q(ORG_ID)}, 'Demo Properties', 'demo-properties', 'EUR', 'fr', 'Europe/Paris', 'FR', 'SCI Demo Properties', 'SCI', 'company', '73282932000074', '1 Place Bellecour', '69002', 'Lyon', 'FR', 'contact@demo-properties.example', 'SCI Demo Properties', 'FR7630006000011234567890189', 'AGRIFRPP', 'DB', 0, ${q(now)});`,
  );
  for (const u of DEMO_USERS) {
    lines.push(
      `INSERT OR IGNORE INTO users (id, email, name, account_type, password_hash, email_verified_at, is_platform_admin, created_at) VALUES (${q(u.id)}, ${q(u.email)}, ${q(u.name)}, ${q(u.type)}, ${q(hashPassword(DEMO_PASSWORD))}, ${q(now)}, 0, ${q(now)});`,
    );
    if (u.role)
      lines.push(
        `INSERT OR IGNORE INTO memberships (org_id, user_id, role, created_at) VALUES (${q(ORG_ID)}, ${q(u.id)}, ${q(u.role)}, ${q(now)});`,
      );
  }
  const properties = [
    {
      id: "0190a000-0000-7000-8000-0000000000b1",
      name: "Les Tilleuls",
      address: "12 rue des Tilleuls",
      city: "Lyon",
      postalCode: "69003",
      country: "FR",
    },
    {
      id: "0190a000-0000-7000-8000-0000000000b2",
      name: "Harbour View",
      address: "4 Quay Street",
      city: "Bristol",
      postalCode: "BS1 4DJ",
      country: "GB",
    },
  ];
  for (const p of properties) {
    lines.push(
      `INSERT OR IGNORE INTO properties (id, org_id, name, address, city, postal_code, country, created_at, updated_at) VALUES (${q(p.id)}, ${q(ORG_ID)}, ${q(p.name)}, ${q(p.address)}, ${q(p.city)}, ${q(p.postalCode)}, ${q(p.country)}, ${q(now)}, ${q(now)});`,
    );
  }
  const apartments = [
    ["c1", 0, "1A", 2, 72000, "EUR"],
    ["c2", 0, "1B", 3, 89000, "EUR"],
    ["c3", 0, "2A", 1, 54000, "EUR"],
    ["c4", 1, "G1", 2, 115000, "GBP"],
    ["c5", 1, "F2", 3, 140000, "GBP"],
    ["c6", 1, "F3", 4, 165000, "GBP"],
  ];
  for (const [suffix, p, unit, rooms, rent, currency] of apartments) {
    lines.push(
      `INSERT OR IGNORE INTO apartments (id, org_id, property_id, unit_number, rooms_count, rent_amount, currency, created_at, updated_at) VALUES ('0190a000-0000-7000-8000-0000000000${suffix}', ${q(ORG_ID)}, ${q(properties[p].id)}, ${q(unit)}, ${rooms}, ${rent}, ${q(currency)}, ${q(now)}, ${q(now)});`,
    );
  }
  return lines.join("\n");
}

export function seedLocal(extraArgs = []) {
  const dir = mkdtempSync(join(tmpdir(), "rentline-seed-"));
  const file = join(dir, "seed.sql");
  writeFileSync(file, seedSql());
  run("wrangler", ["d1", "execute", "DB", "--local", "--file", file, ...extraArgs], {
    stdio: ["ignore", "ignore", "inherit"],
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf("--persist-to");
  seedLocal(i > 0 ? ["--persist-to", process.argv[i + 1]] : []);
  console.log("Seeded demo data.");
}
