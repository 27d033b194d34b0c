import { expect, test } from "@playwright/test";
import { ORG, signIn, waitForDraftedReviews } from "./fixtures";

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
