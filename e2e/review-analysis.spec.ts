import { expect, test, type Page } from "@playwright/test";
import { ORG, query, SANDBOX, signIn, USERS, waitForDraftedReviews } from "./fixtures";

// A guest reports bed bugs on Google: Lobby fetches the review, analyses it as URGENT, shows why on the
// review page and lets the inbox filter and sort by urgency.
const GUEST = `Urgent Guest ${Date.now().toString(36)}`;
const FINDING = "On the second night we found bed bugs in the mattress.";
let reviewId = "";

test.beforeAll(async () => {
  await waitForDraftedReviews(3);
  const res = await fetch(`${SANDBOX}/_sandbox/google/reviews`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      location: "locations/2001",
      reviewerName: GUEST,
      starRating: 2,
      comment: `The view was lovely and the breakfast generous. ${FINDING} Is there a manager I can speak to about a refund?`,
    }),
  });
  expect(res.status).toBe(201);
  // Polled within seconds, then analysed before (or while) it is drafted.
  await expect
    .poll(async () => (await query<{ id: string; urgency: string }>(`SELECT id, urgency::text FROM "Review" WHERE "authorName" = $1`, [GUEST]))[0], { timeout: 45_000 })
    .toMatchObject({ urgency: "URGENT" });
  reviewId = (await query<{ id: string }>(`SELECT id FROM "Review" WHERE "authorName" = $1`, [GUEST]))[0]!.id;
});

async function openReview(page: Page) {
  await signIn(page, USERS.manager);
  await page.goto(`/${ORG}/reviews/${reviewId}`);
}

test("an urgent review shows a banner with its reason, and what the guest raised", async ({ page }, testInfo) => {
  await openReview(page);
  const banner = page.getByRole("region", { name: "Urgency" });
  await expect(banner).toContainText("Urgent: hygiene");
  await expect(banner).toContainText(FINDING);

  const raised = page.getByRole("region", { name: "What the guest raised" });
  await expect(raised.getByText("Is there a manager I can speak to about a refund?")).toBeVisible();
  // Focusing an aspect with the keyboard shows the sentence it comes from.
  const view = raised.getByRole("button", { name: /View, praised/ });
  await view.focus();
  await expect(raised).toContainText("The view was lovely and the breakfast generous.");
  await expect(view).toHaveAccessibleDescription("The view was lovely and the breakfast generous.");
  const complaint = raised.locator('button[data-polarity="negative"]').first();
  await expect(complaint).toHaveAccessibleName(/Cleanliness, criticised/);
  await page.screenshot({ path: testInfo.outputPath("review-laptop.png"), fullPage: true });
});

test("the inbox marks urgent reviews, filters to them and can put them first", async ({ page }, testInfo) => {
  await signIn(page, USERS.manager);
  const list = page.getByRole("list", { name: "Reviews" });
  const ours = list.getByRole("link").filter({ hasText: GUEST });
  await expect(ours.getByTestId("urgency")).toContainText("Urgent");

  await page.getByRole("button", { name: /^Urgent/ }).click();
  await expect(page).toHaveURL(/urgent=1/);
  await expect(page.getByRole("button", { name: /^Urgent/ })).toHaveAttribute("aria-pressed", "true");
  await expect(ours).toBeVisible();
  const markers = await list.getByTestId("urgency").allTextContents();
  expect(markers.length).toBe(await list.getByRole("link").count());
  for (const marker of markers) expect(marker).toMatch(/^Urgent/);
  await page.screenshot({ path: testInfo.outputPath("inbox-urgent-laptop.png") });

  await page.getByRole("button", { name: /^Urgent/ }).click();
  await expect(page).not.toHaveURL(/urgent=1/);
  await page.getByLabel("Order").selectOption("urgent");
  await expect(page).toHaveURL(/sort=urgent/);
  await expect(list.getByRole("link").first().getByTestId("urgency")).toContainText("Urgent");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the banner and the aspects fit, and a tap shows an aspect's sentence", async ({ page }, testInfo) => {
    await openReview(page);
    await expect(page.getByRole("region", { name: "Urgency" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const raised = page.getByRole("region", { name: "What the guest raised" });
    await raised.getByRole("button", { name: /View, praised/ }).tap();
    await expect(raised).toContainText("The view was lovely and the breakfast generous.");
    await page.screenshot({ path: testInfo.outputPath("review-phone.png"), fullPage: true });
    await page.goto(`/${ORG}/reviews?sort=urgent`);
    await expect(page.getByRole("list", { name: "Reviews" }).getByTestId("urgency").first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: testInfo.outputPath("inbox-phone.png") });
  });
});
