import { expect, test, type Page } from "@playwright/test";
import { createDemoProperty, ORG, query, removeProperty, sandboxAdmin, signIn, USERS } from "./fixtures";

// Drafts a hotel would sign: a guest's demand for compensation is answered without promising any, a
// promise typed in by staff is flagged beside the text and blocks approval until it is gone, the "why"
// panel says what each part answers, and staff can ask for another version or a shorter one.

const LISBON = "accounts/1001/locations/2001";
/** A surname of letters only, so the greeting can use the first name and this run finds its own reviews. */
const run = `Q${Array.from({ length: 6 }, () => "abcdefghijklmnopqrstuvwxyz"[Math.floor(Math.random() * 26)]).join("")}`;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A new review on the hotel's Google listing, fetched and drafted by the workers; returns its id. */
async function draftedReview(reviewerName: string, starRating: number, comment: string): Promise<string> {
  await sandboxAdmin("/_sandbox/google/reviews", { location: LISBON, reviewerName, starRating, comment });
  let id: string | undefined;
  await expect
    .poll(async () => {
      id = (await query<{ id: string }>(`SELECT id FROM "Review" WHERE "authorName" = $1 AND "replyState" = 'DRAFTED'`, [reviewerName]))[0]?.id;
      return id;
    }, { timeout: 45_000 })
    .toBeTruthy();
  return id!;
}

async function openReview(page: Page, id: string) {
  await signIn(page, USERS.manager);
  await page.goto(`/${ORG}/reviews/${id}`);
  await expect(page.getByRole("textbox", { name: "Reply" })).not.toHaveValue("");
}

/** The draft with one more paragraph before the signature, where staff would add it. */
function withParagraph(draft: string, paragraph: string): string {
  const paragraphs = draft.split("\n\n");
  paragraphs.splice(-1, 0, paragraph);
  return paragraphs.join("\n\n");
}

test("a demand for compensation gets a draft without any; a promise typed in blocks approval until removed", async ({ page }) => {
  const id = await draftedReview(
    `Helena ${run}`,
    1,
    "The air conditioning in our room was broken for three nights and the street outside was very noisy. I expect a full refund and a free night on my next stay.",
  );
  await openReview(page, id);
  const editor = page.getByRole("textbox", { name: "Reply" });
  const draft = await editor.inputValue();
  expect(draft).not.toMatch(/refund|free night|voucher|discount|complimentary/i);
  expect(draft.split("\n")[0]).toContain("Helena");
  const findings = page.getByRole("list", { name: "Guardrail findings" });
  await expect(findings.locator("[data-blocking=true]")).toHaveCount(0);
  const approve = page.getByRole("button", { name: "Approve & publish" });
  await expect(approve).toBeEnabled();

  // The "why" panel: what each part answers, the guest's sentence, the voice score and its checks.
  const why = page.getByRole("complementary", { name: "Why this draft" });
  const parts = why.getByRole("list", { name: "Parts of the draft" }).getByRole("listitem");
  const complaints = parts.filter({ hasText: "(complaint)" });
  await expect(complaints.filter({ hasText: "broken for three nights" }).first()).toBeVisible();
  await expect(complaints.filter({ hasText: /Noise/ }).first()).toContainText("very noisy");
  await expect(parts.filter({ hasText: "Greeting" })).toHaveCount(1);
  // The score shows once, over the editor; the panel holds the checks behind it.
  await expect(page.getByRole("region", { name: "Reply to the guest" }).getByTestId("voice-score")).toHaveText(/Voice \d+/);
  await expect(page.getByTestId("voice-score")).toHaveCount(1);
  await why.getByText("How on-brand the reply reads").click();
  await expect(why.getByRole("list", { name: "Voice checks" }).getByRole("listitem")).toHaveCount(6);
  // Pointing at a part marks it in the editor.
  await complaints.first().hover();
  await expect(page.locator('mark[data-mark="part"]')).not.toHaveCount(0);

  // Staff type a promise: flagged beside the text, marked in it, and approval is blocked.
  await editor.fill(withParagraph(draft, "We will refund you the whole stay."));
  const blocking = findings.locator("[data-blocking=true]");
  await expect(blocking).toHaveCount(1);
  await expect(blocking).toContainText("Promises compensation");
  await expect(blocking.locator("mark")).toHaveText(/refund/i);
  await expect(page.locator('mark[data-mark="flag"]')).toHaveText(/refund/i);
  await expect(approve).toBeDisabled();
  await expect(page.getByText("Fix the flagged text before approving.")).toBeVisible();
  await blocking.getByRole("button", { name: "Show in the reply" }).click();
  expect(await editor.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toMatch(/^refund$/i);

  await page.screenshot({ path: test.info().outputPath("review-laptop.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath("review-phone.png"), fullPage: true });
  await page.getByRole("region", { name: "Reply to the guest" }).screenshot({ path: test.info().outputPath("reply-phone.png") });
  await why.screenshot({ path: test.info().outputPath("why-phone.png") });
  await page.setViewportSize({ width: 1366, height: 860 });

  // Taking the promise out clears the flag, and approval goes through.
  await editor.fill(draft);
  await expect(blocking).toHaveCount(0);
  await expect(approve).toBeEnabled();
  await approve.click();
  await expect(page.getByTestId("reply-state")).toHaveText(/Approved|Publishing|Published/);
  const [reply] = await query<{ text: string }>(`SELECT text FROM "Reply" WHERE "reviewId" = $1`, [id]);
  expect(reply?.text).toBe(draft);
});

test("staff ask for another version and a shorter one, and unsaved edits are not replaced without asking", async ({ page }) => {
  const id = await draftedReview(
    `Tomas ${run}`,
    3,
    "Great location near the river and a lovely breakfast, and Marta at reception was so kind. But our room was small, the shower was weak and the wifi kept dropping in the evening.",
  );
  await openReview(page, id);
  const editor = page.getByRole("textbox", { name: "Reply" });
  const first = await editor.inputValue();

  await page.getByRole("button", { name: "Another version" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Another version written." })).toBeVisible();
  const second = await editor.inputValue();
  expect(second).not.toBe(first);
  await expect(page.getByTestId("draft-origin")).toContainText("Drafted by Lobby");

  await page.getByRole("button", { name: "Shorter" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Shorter version written." })).toBeVisible();
  const shorter = await editor.inputValue();
  expect(words(shorter)).toBeLessThan(Math.min(words(first), words(second)));
  await expect(page.getByRole("button", { name: "Shorter" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("draft-origin")).toContainText("shorter");

  // Unsaved edits: declining the confirmation keeps them.
  const edited = `${shorter}\nThank you again.`;
  await editor.fill(edited);
  page.once("dialog", (dialog) => dialog.dismiss());
  await page.getByRole("button", { name: "Another version" }).click();
  await expect(editor).toHaveValue(edited);

  await expect(page.getByRole("region", { name: "History" })).toContainText("Another version drafted");
  const versions = await query<{ n: string }>(`SELECT count(*) AS n FROM "Draft" WHERE "reviewId" = $1 AND origin <> 'HUMAN'`, [id]);
  expect(Number(versions[0]?.n)).toBe(3);
});

test("the voice page lists the phrases the team keeps writing", async ({ page }) => {
  // A hotel of no brand (its own voice) whose staff approved two replies, each time adding the same sentence.
  const propertyId = await createDemoProperty(`Casa ${run}`, "Porto");
  try {
    const [org] = await query<{ id: string }>(`SELECT id FROM "Organization" WHERE slug = $1`, [ORG]);
    const connectionId = `e2e-${crypto.randomUUID()}`;
    await query(
      `INSERT INTO "PlatformConnection" (id, "organizationId", "propertyId", platform, "externalLocationId", "credentialsEncrypted", "updatedAt") VALUES ($1, $2, $3, 'MANUAL', 'Guestbook', '-', now())`,
      [connectionId, org!.id, propertyId],
    );
    const house = "Our rooftop cat Lua sends her regards.";
    const machine = "Dear Guest,\n\nThank you for your lovely review and for staying with us in Porto.\n\nKind regards,\nRita Sousa";
    for (const n of [1, 2]) {
      const reviewId = `e2e-${crypto.randomUUID()}`;
      await query(
        `INSERT INTO "Review" (id, "organizationId", "propertyId", "connectionId", platform, "externalId", "authorName", rating, "platformScale", text, language, "publishedAt", "platformUpdatedAt", "replyState", raw, "updatedAt")
         VALUES ($1, $2, $3, $4, 'MANUAL', $5, 'Guest', 5, 5, 'Lovely stay.', 'en', now(), now(), 'PUBLISHED', '{}', now())`,
        [reviewId, org!.id, propertyId, connectionId, `guestbook-${n}`],
      );
      await query(`INSERT INTO "Draft" (id, "organizationId", "reviewId", text, origin, provider, "promptVersion") VALUES ($1, $2, $3, $4, 'BUILTIN', 'builtin', 'e2e')`, [`e2e-${crypto.randomUUID()}`, org!.id, reviewId, machine]);
      const approved = machine.replace("in Porto.", `in Porto. ${house}`);
      await query(
        `INSERT INTO "Reply" (id, "organizationId", "reviewId", text, "approvedAt", "platformStatus", "updatedAt") VALUES ($1, $2, $3, $4, now(), 'PUBLISHED', now())`,
        [`e2e-${crypto.randomUUID()}`, org!.id, reviewId, approved],
      );
    }

    await signIn(page, USERS.manager);
    await page.goto(`/${ORG}/voice?scope=${encodeURIComponent(`property:${propertyId}`)}`);
    const phrases = page.getByRole("region", { name: "Phrases your team uses" });
    await expect(phrases.getByRole("listitem").first()).toContainText(house);
    await expect(phrases.getByRole("listitem").first()).toContainText("2 replies · written by staff");
    await phrases.screenshot({ path: test.info().outputPath("team-phrases-laptop.png") });
  } finally {
    await removeProperty(propertyId);
  }
});
