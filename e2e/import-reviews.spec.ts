import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { xlsxBytes } from "../lib/reviews/import/testing";
import { ORG, query, signIn, USERS } from "./fixtures";

// A manager imports a Yelp export (semicolon CSV, as Excel writes it in Europe) with a few bad rows:
// upload -> map -> preview -> import with progress -> error report -> the reviews in the inbox ->
// approve one -> copy, open on Yelp, mark as posted. Screenshots of every step, laptop and phone.

const SHOTS = process.env.E2E_SCREENSHOTS_DIR ?? "test-results/import-reviews";
const GOOD_ROWS = 120;
const n = (value: number) => value.toLocaleString("en");

async function shoot(page: Page, name: string, fullPage = true) {
  await page.screenshot({ path: `${SHOTS}/${name}-laptop.png`, fullPage });
  const laptop = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/${name}-phone.png`, fullPage });
  await page.setViewportSize(laptop);
}

/** The export: generated rows, a named guest with a link, hostile text, and three rows that cannot be imported. */
function yelpExport() {
  const day = (i: number) => {
    const d = new Date(Date.UTC(2023, 0, 1 + (i % 360)));
    return `${String(d.getUTCDate()).padStart(2, "0")}.${String(d.getUTCMonth() + 1).padStart(2, "0")}.${d.getUTCFullYear()}`;
  };
  const rows: string[] = [];
  rows.push('yelp-maria;04.03.2024;4;Lovely stay;"Great breakfast on the terrace, kind staff; the room was quiet.";Maria Silva;;https://www.yelp.com/biz/casa-azulejo-porto?hrid=maria');
  rows.push('yelp-eve;05.03.2024;2;<b>Noisy</b>;"<script>window.__pwned = 1</script> The street was loud at night.";Eve;;');
  rows.push("yelp-bad-date;31.02.2023;5;;Wonderful;Ben;;");
  for (let i = 0; i < GOOD_ROWS; i++) {
    rows.push(`yelp-${i};${day(i)};${(i % 5) + 1};;"Stay ${i}: the breakfast was good, the room was clean and the staff were friendly.";Guest ${i};;`);
    if (i === 50) rows.push("yelp-bad-rating;10.10.2023;eleven;;Fine;Carl;;");
    if (i === 100) rows.push("yelp-empty;11.10.2023;;;;Dora;;");
  }
  const csv = `\uFEFFReview ID;Date;Rating;Title;Review;Reviewer;Owner response;URL\r\n${rows.join("\r\n")}\r\n`;
  // Spreadsheet row numbers of the bad rows: the header is row 1.
  const bad = ["yelp-bad-date", "yelp-bad-rating", "yelp-empty"].map((id) => rows.findIndex((r) => r.startsWith(`${id};`)) + 2);
  return { csv, bad, total: rows.length };
}

let property: { id: string; name: string };

test.beforeAll(async () => {
  // A property of its own, so the inbox filtered to it shows exactly this import's reviews.
  const [org] = await query<{ id: string }>(`SELECT id FROM "Organization" WHERE slug = $1`, [ORG]);
  property = { id: `e2e-import-${randomUUID().slice(0, 8)}`, name: `Casa Azulejo Porto ${randomUUID().slice(0, 4)}` };
  await query(
    `INSERT INTO "Property" (id, "organizationId", name, city, country, "timeZone", languages, "signatoryName", "signatoryTitle") VALUES ($1, $2, $3, 'Porto', 'Portugal', 'Europe/Lisbon', '{pt,en}', 'Inês Carvalho', 'General Manager')`,
    [property.id, org!.id, property.name],
  );
});

test("a manager imports Yelp reviews from a CSV, sees exactly the bad rows, and answers one by hand", async ({ page, context }) => {
  test.setTimeout(180_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const { csv, bad, total } = yelpExport();
  await signIn(page, USERS.manager);

  // The entry point: per property on the connections page.
  await page.goto(`/${ORG}/connections`);
  await expect(page.getByRole("heading", { name: "Reviews from other channels" })).toBeVisible();
  await shoot(page, "1-connections");
  await page.getByRole("link", { name: `Import reviews for ${property.name}` }).click();
  await page.waitForURL(new RegExp(`/${ORG}/imports\\?property=${property.id}`));
  const form = page.getByRole("form", { name: "Upload reviews" });
  await expect(form.getByLabel("Property")).toHaveValue(property.id);
  await form.getByLabel("Where the reviews come from").selectOption("YELP");

  // Wrong files get a clear error and nothing is stored.
  await form.getByLabel("File").setInputFiles({ name: "reviews.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n...") });
  await form.getByRole("button", { name: "Upload and map columns" }).click();
  await expect(form.getByRole("alert")).toHaveText(/This is a PDF/);
  await form.getByLabel("File").setInputFiles({ name: "empty.csv", mimeType: "text/csv", buffer: Buffer.alloc(0) });
  await form.getByRole("button", { name: "Upload and map columns" }).click();
  await expect(form.getByRole("alert")).toHaveText("The file is empty.");
  await shoot(page, "2-upload-error");

  await form.getByLabel("File").setInputFiles({ name: "yelp-export.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await form.getByRole("button", { name: "Upload and map columns" }).click();
  await page.waitForURL(new RegExp(`/${ORG}/imports/\\w+$`));
  const importId = page.url().split("/").pop()!;

  // Mapping: Lobby's guess from the header names, which the manager can change.
  await expect(page.getByRole("heading", { name: "yelp-export.csv" })).toBeVisible();
  await expect(page.getByTestId("import-status")).toHaveText("Waiting for mapping");
  // Columns: 0 Review ID, 1 Date, 2 Rating, 3 Title, 4 Review, 5 Reviewer, 6 Owner response, 7 URL.
  const guessed = { "Review ID": 0, Date: 1, Rating: 2, Title: 3, "Review text": 4, "Guest name": 5, "Existing reply": 6, "Link to the review": 7 };
  for (const [field, column] of Object.entries(guessed)) await expect(page.getByLabel(field, { exact: true })).toHaveValue(String(column));
  await expect(page.getByLabel("Language", { exact: true })).toHaveValue("");
  const totals = page.getByTestId("preview-totals");
  await expect(totals).toHaveText(`${n(total)} rows: ${n(total - 3)} ready to import, 3 with problems`);
  // Unmapping the rating turns the empty-rating row into a row without anything... and back.
  await page.getByLabel("Rating", { exact: true }).selectOption("");
  await expect(totals).toHaveText(`${n(total)} rows: ${n(total - 2)} ready to import, 2 with problems`);
  await page.getByLabel("Rating", { exact: true }).selectOption({ label: "Rating (4)" });
  await page.getByLabel("Date order").selectOption("dmy");
  await page.getByLabel("Rating scale").selectOption("5");
  await expect(totals).toHaveText(`${n(total)} rows: ${n(total - 3)} ready to import, 3 with problems`);

  // The preview: the first rows as stored; the bad one among them highlighted with its reason.
  const previewRows = page.getByTestId("preview-row");
  await expect(previewRows).toHaveCount(20);
  await expect(previewRows.first()).toContainText("Maria Silva");
  await expect(previewRows.filter({ hasText: "<script>" })).toHaveCount(1);
  const flagged = page.locator('[data-testid="preview-row"][data-problem]');
  await expect(flagged).toHaveCount(1);
  await expect(flagged).toContainText(`Row ${bad[0]}`);
  await expect(flagged).toContainText("Date is not a real date");
  await page.getByText(/Problems further down the file \(2\)/).click();
  await shoot(page, "3-mapping-preview");

  // Import: a job in the workers, with a progress bar the page polls.
  await page.getByRole("button", { name: `Import ${n(total - 3)} reviews` }).click();
  await expect(page.getByRole("progressbar", { name: "Import progress" })).toBeVisible();
  await shoot(page, "4-progress");
  await expect(page.getByTestId("import-status")).toHaveText("Imported", { timeout: 60_000 });
  await expect(page.getByTestId("import-created")).toHaveText(n(total - 3));
  await expect(page.getByTestId("import-failed")).toHaveText("3");

  // The error report lists exactly the bad rows, on the page and in the download.
  const table = page.getByRole("table", { name: "Rows not imported" });
  await expect(table.locator("tbody tr")).toHaveCount(3);
  await expect(table.locator("tbody tr td:first-child")).toHaveText(bad.map(String));
  await expect(table).toContainText("31.02.2023");
  await expect(table).toContainText("eleven");
  await shoot(page, "5-result");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download the error report (CSV)" }).click()]);
  const report = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(report[0]).toBe('"Row","Column","Problem","Value"');
  expect(report.slice(1).map((line) => Number(line.split(",")[0]!.replace(/"/g, "")))).toEqual(bad);

  // Importing the very same file again adds nothing: rows without an id are known by their content too.
  await page.goto(`/${ORG}/imports?property=${property.id}`);
  await form.getByLabel("Where the reviews come from").selectOption("YELP");
  await form.getByLabel("File").setInputFiles({ name: "yelp-export-again.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await form.getByRole("button", { name: "Upload and map columns" }).click();
  await page.getByRole("button", { name: `Import ${n(total - 3)} reviews` }).click();
  await expect(page.getByTestId("import-status")).toHaveText("Imported", { timeout: 60_000 });
  await expect(page.getByTestId("import-created")).toHaveText("0");
  await expect(page.getByTestId("import-unchanged")).toHaveText(n(total - 3));
  expect((await query<{ n: string }>(`SELECT count(*) AS n FROM "Review" WHERE "propertyId" = $1`, [property.id]))[0]!.n).toBe(String(total - 3));
  expect((await query<{ n: string }>(`SELECT count(*) AS n FROM "PlatformConnection" WHERE "propertyId" = $1 AND platform = 'MANUAL'`, [property.id]))[0]!.n).toBe("1");
  expect((await query<{ status: string }>(`SELECT status FROM "ReviewImport" WHERE id = $1`, [importId]))[0]!.status).toBe("DONE");

  // The imported reviews are in the inbox as Yelp reviews, with drafts.
  await page.getByRole("link", { name: "Open the inbox" }).click();
  await page.waitForURL(new RegExp(`/${ORG}/reviews\\?property=${property.id}`));
  const maria = page.getByRole("list", { name: "Reviews" }).getByRole("link").filter({ hasText: "Maria Silva" });
  // The workers are busy drafting the new reviews meanwhile, so pages may take a moment.
  await expect(maria).toContainText(`Yelp · ${property.name}`, { timeout: 30_000 });
  await expect(async () => {
    await page.reload();
    await expect(maria).toContainText("Draft ready", { timeout: 1_000 });
  }).toPass({ timeout: 90_000 });
  await shoot(page, "6-inbox", false);

  // Hostile text stays text.
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  // Approve, copy, open on Yelp (the row's own link), mark as posted: the manual route and its audit trail.
  await maria.click();
  await page.waitForURL(new RegExp(`/${ORG}/reviews/\\w+$`));
  await expect(page.getByText(/^Yelp · /)).toBeVisible();
  await expect(page.getByTestId("reply-state")).toHaveText("Draft ready");
  const draft = await page.getByRole("textbox", { name: "Reply" }).inputValue();
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page.getByTestId("reply-state")).toHaveText("Approved");
  await page.getByRole("button", { name: "Copy reply" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  expect((await page.evaluate(() => navigator.clipboard.readText())).trim()).toBe(draft.trim());
  await expect(page.getByRole("link", { name: /Open on Yelp/ })).toHaveAttribute("href", "https://www.yelp.com/biz/casa-azulejo-porto?hrid=maria");
  await shoot(page, "7-approved-manual-post");
  await page.getByRole("button", { name: "Mark as posted" }).click();
  await expect(page.getByTestId("reply-state")).toHaveText("Published");
  const history = page.getByRole("region", { name: "History" });
  await expect(history).toContainText("Reply approved");
  await expect(history).toContainText("Posted by hand on the platform");
  await shoot(page, "8-posted");
});

test("the hostile row is shown as the guest wrote it, never run", async ({ page }) => {
  const [review] = await query<{ id: string }>(`SELECT id FROM "Review" WHERE "propertyId" = $1 AND "externalId" = 'yelp-eve'`, [property.id]);
  expect(review, "the import of the test above stored this row").toBeTruthy();
  await signIn(page, USERS.manager);
  await page.goto(`/${ORG}/reviews/${review!.id}`);
  await expect(page.getByRole("article")).toContainText("<script>window.__pwned = 1</script> The street was loud at night.");
  await expect(page.getByRole("article").getByRole("heading")).toHaveText("<b>Noisy</b>");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("an Excel workbook from another channel is read and mapped the same way", async ({ page }) => {
  const workbook = await xlsxBytes([
    ["Datum", "Bewertung", "Titel", "Bewertungstext", "Name"],
    [new Date(Date.UTC(2024, 4, 1)), 9, "Top", "Sehr schönes Hotel, tolles Frühstück.", "Klaus"],
    [45420, "7,5", "", "Zimmer etwas laut, aber sauber.", "Petra"],
  ]);
  await signIn(page, USERS.manager);
  await page.goto(`/${ORG}/imports?property=${property.id}`);
  const form = page.getByRole("form", { name: "Upload reviews" });
  await form.getByLabel("Where the reviews come from").selectOption("OTHER");
  await form.getByLabel("Name of the channel").fill("HolidayCheck");
  await form.getByLabel("File").setInputFiles({ name: "holidaycheck.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(workbook) });
  await form.getByRole("button", { name: "Upload and map columns" }).click();
  await page.waitForURL(new RegExp(`/${ORG}/imports/\\w+$`));
  await expect(page.getByText(/^HolidayCheck · /)).toBeVisible();
  for (const [field, column] of Object.entries({ Date: 0, Rating: 1, Title: 2, "Review text": 3, "Guest name": 4 })) await expect(page.getByLabel(field, { exact: true })).toHaveValue(String(column));
  await expect(page.getByTestId("preview-totals")).toHaveText("2 rows: 2 ready to import, 0 with problems");
  await expect(page.getByText("Plain-number ratings are read out of 10.")).toBeVisible();
  await expect(page.getByTestId("preview-row").nth(1)).toContainText("8 May 2024");
  await expect(page.getByTestId("preview-row").nth(1)).toContainText("7.5/10");
});

test("a writer sees past imports but cannot upload", async ({ page }) => {
  await signIn(page, USERS.writer);
  await page.goto(`/${ORG}/imports`);
  await expect(page.getByText("Owners and hotel managers import reviews.")).toBeVisible();
  await expect(page.getByRole("form", { name: "Upload reviews" })).toHaveCount(0);
  const refused = await page.request.post(`/${ORG}/imports/upload`, { multipart: { propertyId: property.id, channel: "YELP", file: { name: "a.csv", mimeType: "text/csv", buffer: Buffer.from("Date,Rating\n05.03.2024,4\n") } } });
  expect(refused.status()).toBe(403);
});
