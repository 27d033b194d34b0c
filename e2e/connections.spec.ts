import { expect, test } from "@playwright/test";
import { sealSecret } from "../lib/crypto/secrets";
import { createDemoProperty, ORG, query, removeProperty, sandboxAdmin, signIn, waitForDraftedReviews } from "./fixtures";

test.beforeAll(async () => {
  await waitForDraftedReviews(3);
});

test("the owner backfills a connection and watches it finish", async ({ page }) => {
  await signIn(page, "owner@azulejo.demo");
  await page.getByRole("link", { name: "Connections" }).click();
  await expect(page).toHaveURL(new RegExp(`/${ORG}/connections`));
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Connections" })).toHaveAttribute("aria-current", "page");
  const list = page.getByRole("list", { name: "Platform connections" });
  await expect(list.getByRole("listitem")).toHaveCount(10); // two hotels on five platforms
  const lisbon = list.getByRole("listitem").filter({ hasText: "Casa Azulejo Lisboa" }).filter({ hasText: "Google" });
  await expect(lisbon).toContainText("Active");
  // Ten rows each have the button: its name says which connection it backfills.
  await lisbon.getByRole("button", { name: "Backfill all reviews from Google for Casa Azulejo Lisboa" }).click();
  await expect(lisbon.getByText(/Last backfill finished .* \(\d+ reviews read\)/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Nothing in quarantine.")).toBeVisible();
});

test("a hotel manager sees the connections but cannot start a backfill", async ({ page }) => {
  await signIn(page, "manager@azulejo.demo");
  await page.goto(`/${ORG}/connections`);
  await expect(page.getByRole("list", { name: "Platform connections" }).getByRole("listitem")).toHaveCount(10);
  await expect(page.getByRole("button", { name: "Backfill all reviews" })).toHaveCount(0);
});

// A connection whose Google location does not exist (yet): its backfill fails on every attempt.
test("a backfill whose reads keep failing shows as stopped with the reason, and starts again", async ({ page }) => {
  test.setTimeout(120_000);
  const name = `Casa Azulejo Faro ${Date.now().toString(36)}`;
  const locationId = String(90_000 + Math.floor(Math.random() * 9_000));
  const propertyId = await createDemoProperty(name, "Faro");
  try {
    const [org] = await query<{ id: string }>(`SELECT id FROM "Organization" WHERE slug = $1`, [ORG]);
    const credentials = sealSecret({ clientId: "lobby-demo-client", clientSecret: "lobby-demo-secret", refreshToken: "lobby-demo-refresh-token" });
    await query(
      `INSERT INTO "PlatformConnection" (id, "organizationId", "propertyId", platform, "externalLocationId", "credentialsEncrypted", "updatedAt")
       VALUES ($1, $2, $3, 'GOOGLE', $4, $5, now())`,
      [`e2e-${crypto.randomUUID()}`, org!.id, propertyId, `accounts/1001/locations/${locationId}`, credentials],
    );
    await signIn(page, "owner@azulejo.demo");
    await page.goto(`/${ORG}/connections`);
    const row = page.getByRole("list", { name: "Platform connections" }).getByRole("listitem").filter({ hasText: name });
    await row.getByRole("button", { name: `Backfill all reviews from Google for ${name}` }).click();
    await expect(row.getByText(/Backfill running: 0 reviews read so far/)).toBeVisible();
    // Three attempts with growing pauses (about 6 s), then it stops instead of running forever.
    await expect(row.getByText(/Backfill stopped: Google could not find what we asked for/)).toBeVisible({ timeout: 45_000 });
    await expect(row.getByText(/Backfill running/)).toHaveCount(0);

    // The location now exists on Google: start it again, and it finishes.
    await sandboxAdmin("/_sandbox/google/locations", { locationId, title: name, city: "Faro" });
    await sandboxAdmin("/_sandbox/google/reviews", { location: locationId, reviewerName: "Marta", starRating: 5, comment: "Lovely terrace over the marina." });
    await row.getByRole("button", { name: `Start the backfill of Google for ${name} again` }).click();
    await expect(row.getByText(/Last backfill finished .* \(1 review read\)/)).toBeVisible({ timeout: 30_000 });
    await expect(row.getByText(/Backfill stopped/)).toHaveCount(0);
  } finally {
    await removeProperty(propertyId);
  }
});
