import { describe, expect, it } from "vitest";
import type { StatementView } from "../../worker/expenses/contract";
import { csvConventions, statementCsv } from "../../worker/expenses/statement-files";

const line = {
  category: null,
  unitNumber: null,
  vendorName: null,
  note: null,
  period: null,
  method: null,
  expenseId: null,
  leaseId: null,
};
const statement: StatementView = {
  propertyId: "p1",
  propertyName: "Les Tilleuls",
  address: "3 rue des Lilas, Lyon",
  month: "2026-12",
  currentMonth: "2026-12",
  from: "2026-12-01",
  to: "2026-12-31",
  currency: "EUR",
  income: 123450,
  expenses: 21050,
  net: 102400,
  lines: [
    { ...line, date: "2026-12-03", kind: "rent", amount: 123450, unitNumber: "A1", period: "2026-12" },
    {
      ...line,
      date: "2026-12-10",
      kind: "expense",
      amount: -21050,
      category: "repairs_maintenance",
      vendorName: "Plomberie Martin",
      note: "Joint; robinet, cuisine",
    },
  ],
  byCategory: [],
  series: [],
};

/** Issue 15 §7: the statement CSV reads in columns in the spreadsheet of its language (French Excel: `;`, `,`). */
describe("statement CSV", () => {
  it("French: `;` between fields, a decimal comma, a byte order mark; a field holding `;` is quoted", () => {
    const csv = statementCsv(statement, "fr");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "Date;Type;Lot;Catégorie;Fournisseur;Libellé;Période;Montant;Devise",
      "2026-12-03;Loyer encaissé;A1;;;;2026-12;1234,50;EUR",
      '2026-12-10;Dépense;;Travaux de réparation et d’entretien;Plomberie Martin;"Joint; robinet, cuisine";;-210,50;EUR',
      "",
    ]);
  });

  it("English and Hebrew: `,` between fields and a decimal point; Ukrainian like French", () => {
    const rows = statementCsv(statement, "en").slice(1).split("\r\n");
    expect(rows[1]).toBe("2026-12-03,Rent received,A1,,,,2026-12,1234.50,EUR");
    expect(rows[2]).toMatch(/^2026-12-10,Expense,,[^,]+,Plomberie Martin,"Joint; robinet, cuisine",,-210\.50,EUR$/);
    expect(csvConventions("he")).toEqual({ separator: ",", decimal: "." });
    expect(csvConventions("uk")).toEqual({ separator: ";", decimal: "," });
  });
});
