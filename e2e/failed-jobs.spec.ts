import { expect, test } from "@playwright/test";
import { sealSecret } from "../lib/crypto/secrets";
import { createDemoProperty, ORG, query, removeProperty, sandboxAdmin, signIn } from "./fixtures";

// A connection whose Google location does not exist (yet): its reads fail until they run out of
// attempts and land under Failed jobs, for its own organization only; once the location exists, Retry reads it.
const run = Date.now().toString(36);
const NAME = `Casa Azulejo Braga ${run}`;
const LOCATION_ID = String(70_000 + Math.floor(Math.random() * 20_000));
let propertyId: string;

test.beforeAll(async () => {
  propertyId = await createDemoProperty(NAME, "Braga");
  const [org] = await query<{ id: string }>(`SELECT id FROM "Organization" WHERE slug = $1`, [ORG]);
  // Paused, so nothing reads it until the owner resumes it in the test. Sealed with the demo's key, as the web app reads it.
  const credentials = sealSecret({ clientId: "lobby-demo-client", clientSecret: "lobby-demo-secret", refreshToken: "lobby-demo-refresh-token" });
  await query(
    `INSERT INTO "PlatformConnection" (id, "organizationId", "propertyId", platform, "externalLocationId", "credentialsEncrypted", status, "updatedAt")
     VALUES ($1, $2, $3, 'GOOGLE', $4, $5, 'PAUSED', now())`,
    [`e2e-${crypto.randomUUID()}`, org!.id, propertyId, `accounts/1001/locations/${LOCATION_ID}`, credentials],
  );
});
test.afterAll(() => removeProperty(propertyId));

test("a read that keeps failing shows under Failed jobs, for its organization only, and Retry reads it once fixed", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, "owner@azulejo.demo");
  await page.goto(`/${ORG}/connections`);
  const row = page.getByRole("list", { name: "Platform connections" }).getByRole("listitem").filter({ hasText: NAME });
  await row.getByRole("button", { name: `Resume Google for ${NAME}` }).click();
  await expect(row).toContainText("Active");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Failed jobs" }).click();
  await expect(page.getByRole("heading", { name: "Failed jobs" })).toBeVisible();
  const failed = page.getByRole("list", { name: "Failed jobs" }).getByRole("listitem").filter({ hasText: NAME });
  // Three attempts with growing pauses (about 6 s), then it is a dead letter.
  await expect(async () => {
    await page.reload();
    await expect(failed).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000, intervals: [2_000] });
  await expect(failed).toContainText("Reading reviews");
  await expect(failed).toContainText("Google could not find what we asked for");
  await expect(failed).toContainText(/after 3 of 3 attempts/);

  // Another organization's staff never see it.
  const outsider = await browser.newPage();
  await signIn(outsider, "manager@otherhotels.demo");
  await outsider.goto("/other-hotels/failed-jobs");
  await expect(outsider.getByRole("heading", { name: "Failed jobs" })).toBeVisible();
  await expect(outsider.getByText(NAME)).toHaveCount(0);
  await outsider.close();

  // The hotel's location now exists on Google; retry.
  await sandboxAdmin("/_sandbox/google/locations", { locationId: LOCATION_ID, title: NAME, city: "Braga" });
  await sandboxAdmin("/_sandbox/google/reviews", { location: LOCATION_ID, reviewerName: "Rui", starRating: 4, comment: "Quiet rooms near the cathedral." });
  await failed.getByRole("button", { name: `Retry reading reviews for Google · ${NAME}` }).click();
  await expect(failed).toHaveCount(0);

  await page.goto(`/${ORG}/connections`);
  await expect(async () => {
    await page.reload();
    await expect(row).toContainText("1 review ·", { timeout: 1_000 });
  }).toPass({ timeout: 30_000, intervals: [1_000] });
  await expect(row).not.toContainText("Last error");
});
