import { expect, test } from "@playwright/test";
import { googleReviews, ORG, query, signIn, USERS, waitForDraftedReviews } from "./fixtures";

test.beforeAll(async () => {
  await waitForDraftedReviews(3);
});

test("a signed-out visitor is sent to sign-in", async ({ page }) => {
  await page.goto(`/${ORG}/reviews`);
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});

test("a wrong password gets a clear error", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(USERS.manager);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "do not match" })).toBeVisible();
});

test("a hotel manager edits a draft, approves it, and the reply is published on Google", async ({ page }) => {
  await signIn(page, USERS.manager);
  await expect(page).toHaveURL(new RegExp(`/${ORG}/reviews`));
  const rows = page.getByRole("list", { name: "Reviews" }).getByRole("link");
  await expect(rows.first()).toBeVisible();

  // Open a Google review that has a draft ready (Google publishes at once, without moderation).
  await rows.filter({ hasText: "Draft ready" }).filter({ hasText: "Google ·" }).first().click();
  await page.waitForURL(new RegExp(`/${ORG}/reviews/\\w+$`));
  await expect(page.getByTestId("reply-state")).toHaveText("Draft ready");
  const editor = page.getByRole("textbox", { name: "Reply" });
  const draft = await editor.inputValue();
  expect(draft.length).toBeGreaterThan(40);

  // An edit any review's language and the hotel's profile allow (an English P.S. on a German review
  // would rightly be blocked by the language guardrail).
  const edited = `${draft.trimEnd()} 🙂`;
  await editor.fill(edited);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();

  await page.getByRole("button", { name: "Approve & publish" }).click();
  await expect(page.getByTestId("reply-state")).toHaveText("Published", { timeout: 20_000 });
  await expect(page.getByTestId("platform-status")).toHaveText("Live on the platform");

  // The platform now holds exactly that reply on that review.
  const reviewId = page.url().split("/").pop()!;
  const [row] = await query<{ externalId: string; externalLocationId: string }>(
    `SELECT r."externalId", c."externalLocationId" FROM "Review" r JOIN "PlatformConnection" c ON c.id = r."connectionId" WHERE r.id = $1`,
    [reviewId],
  );
  const onGoogle = (await googleReviews(row!.externalLocationId)).find((r) => r.reviewId === row!.externalId);
  expect(onGoogle?.reviewReply?.comment).toBe(edited);

  // The history shows who did what.
  const history = page.getByRole("region", { name: "History" });
  await expect(history).toContainText("Draft edited");
  await expect(history).toContainText("Reply approved");
  await expect(history).toContainText("Reply published");
});

test("a writer can edit a draft but not approve it", async ({ page }) => {
  await signIn(page, USERS.writer);
  await page.getByRole("list", { name: "Reviews" }).getByRole("link").filter({ hasText: "Draft ready" }).first().click();
  await page.waitForURL(new RegExp(`/${ORG}/reviews/\\w+$`));
  const editor = page.getByRole("textbox", { name: "Reply" });
  await editor.fill(`${await editor.inputValue()} Thank you again.`);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve & publish" })).toHaveCount(0);
  await expect(page.getByText("A hotel manager approves replies")).toBeVisible();
});

test("a member of another organization gets 404 on this organization's review", async ({ page }) => {
  const [review] = await query<{ id: string }>(`SELECT r.id FROM "Review" r JOIN "Organization" o ON o.id = r."organizationId" WHERE o.slug = $1 LIMIT 1`, [ORG]);
  await signIn(page, USERS.outsider);
  for (const path of [`/${ORG}/reviews/${review!.id}`, `/other-hotels/reviews/${review!.id}`, `/${ORG}/reviews`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
    // Inside their own organization the dashboard's header stays; never the other organization's.
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(path.startsWith("/other-hotels/") ? 1 : 0);
  }
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, USERS.manager);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto(`/${ORG}/reviews`);
  await expect(page).toHaveURL(/\/login/);
});

test("repeated wrong passwords lock the email out for a while", async ({ page }) => {
  const email = "brand@azulejo.demo";
  const submit = async (password: string) => {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    // Wait for the server's answer, so the next attempt does not race the form's reset.
    await Promise.all([page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/login")), page.getByRole("button", { name: "Sign in" }).click()]);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  };
  await page.goto("/login");
  for (let i = 0; i < 8; i++) {
    await submit(`wrong-${i}`);
    await expect(page.getByRole("alert").filter({ hasText: "do not match" })).toBeVisible();
  }
  await submit("lobby-demo"); // even the right password waits now
  await expect(page.getByRole("alert").filter({ hasText: "Too many sign-in attempts" })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("a Tripadvisor reply is approved, posted by hand on the site and marked as posted", async ({ page }) => {
  await signIn(page, USERS.manager);
  const rows = page.getByRole("list", { name: "Reviews" }).getByRole("link");
  await rows.filter({ hasText: "Draft ready" }).filter({ hasText: "Tripadvisor ·" }).first().click();
  await page.waitForURL(new RegExp(`/${ORG}/reviews/\\w+$`));
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page.getByTestId("reply-state")).toHaveText("Approved");
  await expect(page.getByRole("button", { name: "Copy reply" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Open on Tripadvisor/ })).toHaveAttribute("href", /^https:\/\/www\.tripadvisor\./);
  await page.getByRole("button", { name: "Mark as posted" }).click();
  await expect(page.getByTestId("reply-state")).toHaveText("Published");
  await expect(page.getByRole("region", { name: "History" })).toContainText("Posted by hand on the platform");
});
