import { z } from "zod";
import { expect, hydrated, test } from "../fixtures";
import { apartmentFor, signUpLandlord, unique } from "../flows";

// The yearly rent revision by the IRL on the lease panel (worker/leases/revision): a French lease whose second
// anniversary was a month ago, reference quarter 2022-Q2, so this year compares 2024-Q2 (145.17) with 2023-Q2
// (140.59): 850,00 € becomes 877,69 €. The landlord opens the panel, reads the proposal and confirms it.
test("rent revision: the landlord sees the revised rent from the index values and confirms it", async ({
  newContext,
  baseURL,
}) => {
  const context = await newContext();
  const landlord = await context.newPage();
  await signUpLandlord(landlord, { orgName: "Révision Gestion" });
  const apartmentId = await apartmentFor(context, baseURL);
  const start = new Date();
  start.setUTCMonth(start.getUTCMonth() - 25, 1);
  const headers = { origin: baseURL };
  const lease = await context.request.post(`${baseURL}/api/apartments/${apartmentId}/leases`, {
    headers,
    data: { renterEmail: unique("revised"), startDate: start.toISOString().slice(0, 10), rentAmount: 85000, dueDay: 5 },
  });
  expect(lease.status()).toBe(201);
  const leaseId = z.object({ lease: z.object({ id: z.string() }) }).parse(await lease.json()).lease.id;
  const clause = await context.request.put(`${baseURL}/api/leases/${leaseId}/rent-revision/clause`, {
    headers,
    data: { enabled: true, referenceQuarter: "2022-Q2" },
  });
  expect(clause.status()).toBe(200);

  await landlord.goto(`/apartments/${apartmentId}?tab=leases`);
  // Hydrated: the panel opened now stays open.
  await hydrated(landlord);
  await landlord.getByText("Rent revision (IRL)").click();
  // 85000 × 14517 / 14059 = 87768.69… → 87769.
  await landlord.getByText("€877.69").first().waitFor();
  await landlord.getByText("145.17").first().waitFor();
  await landlord.getByRole("button", { name: "Confirm the revision" }).click();
  await landlord.getByText("Revision confirmed").waitFor();
  await landlord.getByText("This year's revision is confirmed").waitFor();
  await expect(landlord.getByRole("link", { name: "Revision letter (PDF)" })).toBeVisible();
});
