import { expect, test } from "@playwright/test";
import { ORG, signIn, USERS, waitForDraftedReviews } from "./fixtures";

test.beforeAll(async () => {
  await waitForDraftedReviews(3);
});

test("the inbox is keyboard-driven: j/k move, Enter opens", async ({ page }) => {
  await signIn(page, USERS.manager);
  const rows = page.getByRole("list", { name: "Reviews" }).getByRole("link");
  await expect(rows.nth(1)).toBeVisible();
  await expect(rows.nth(0)).toHaveAttribute("data-active", "true");
  await page.keyboard.press("j");
  await expect(rows.nth(1)).toHaveAttribute("data-active", "true");
  await expect(rows.nth(0)).not.toHaveAttribute("data-active", "true");
  const href = await rows.nth(1).getAttribute("href");
  await page.keyboard.press("Enter");
  await page.waitForURL(`**${href}`);
  await expect(page.getByRole("article")).toBeVisible();
});

test("with a row focused, j/k move the focus too, so Enter opens the marked row", async ({ page }) => {
  await signIn(page, USERS.manager);
  const rows = page.getByRole("list", { name: "Reviews" }).getByRole("link");
  await expect(rows.nth(2)).toBeVisible();
  await rows.nth(0).focus();
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await page.keyboard.press("k");
  await expect(rows.nth(1)).toBeFocused();
  await expect(rows.nth(1)).toHaveAttribute("data-active", "true");
  const href = await rows.nth(1).getAttribute("href");
  await page.keyboard.press("Enter");
  await page.waitForURL(`**${href}`);
});

test("status and property filters narrow the list", async ({ page }) => {
  await signIn(page, USERS.manager);
  const list = page.getByRole("list", { name: "Reviews" });
  await expect(list.getByRole("link").first()).toBeVisible();
  const all = await list.getByRole("link").count();

  await page.getByLabel("Property").selectOption({ label: "Hotel Isarblick München" });
  await expect(page).toHaveURL(/property=/);
  await expect(list.getByRole("link").first()).toBeVisible();
  const munichRows = list.getByRole("link");
  const munich = await munichRows.count();
  expect(munich).toBeGreaterThan(0);
  expect(munich).toBeLessThan(all);
  for (const text of await munichRows.allTextContents()) expect(text).toContain("Hotel Isarblick München");

  await page.getByRole("navigation", { name: "Reply status" }).getByRole("link", { name: /Answered elsewhere/ }).click();
  await expect(page).toHaveURL(/status=answered/);
  await expect(page).toHaveURL(/property=/);
  const badges = await page.getByTestId("reply-state").allTextContents();
  expect(badges.length).toBeGreaterThan(0);
  for (const badge of badges) expect(badge).toBe("Answered on platform");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("inbox and review fit the screen, with the reply right after the review", async ({ page }) => {
    await signIn(page, USERS.manager);
    const noSideScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    await expect(page.getByRole("list", { name: "Reviews" }).getByRole("link").first()).toBeVisible();
    expect(await noSideScroll()).toBe(true);

    await page.goto(`/${ORG}/reviews`);
    await page.getByRole("list", { name: "Reviews" }).getByRole("link").filter({ hasText: "Draft ready" }).first().click();
    await page.waitForURL(new RegExp(`/${ORG}/reviews/\\w+$`));
    expect(await noSideScroll()).toBe(true);
    const review = await page.getByRole("article").boundingBox();
    const reply = await page.getByRole("region", { name: "Reply to the guest" }).boundingBox();
    const history = await page.getByRole("region", { name: "History" }).boundingBox();
    expect(review!.y).toBeLessThan(reply!.y);
    expect(reply!.y).toBeLessThan(history!.y);
  });
});
