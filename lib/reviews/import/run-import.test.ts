import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../db";
import { env } from "../../env";
import { createQueues, closeQueues, type Queues } from "../../jobs/queues";
import { createRedis } from "../../jobs/redis";
import { createMember, createOrganization, createProperty } from "@/prisma/factories";
import type { ImportSettings } from "./fields";
import { getReviewImport, listImportRowErrors, previewReviewImport } from "./queries";
import { expireAbandonedImports } from "./resume-imports";
import { markImportFailed, runReviewImport } from "./run-import";
import { startReviewImport } from "./start-import";
import { xlsxBytes } from "./testing";
import { uploadReviewImport } from "./upload-import";

// The import from upload to stored reviews, against the real database (the job itself is run
// directly here; workers/import-reviews.test.ts runs it through the queue).
const db = createDb();
const redis = createRedis(env.REDIS_URL);
let queues: Queues;
let org: { id: string };
let manager: { id: string };
let property: { id: string };
const otherOrgs: string[] = [];

const CSV = [
  "Review ID;Date;Rating;Title;Review;Reviewer;Owner response;URL",
  'y-1;05.03.2024;4;Lovely;"Great breakfast, kind staff; we will be back.";Maria Silva;;https://www.yelp.com/biz/casa?hrid=1',
  "y-2;06.03.2024;not good;;Noisy room;Tom;;",
  "y-3;07.03.2024;2;;The shower was cold.;Ana;We are sorry, Ana.;",
  "y-4;31.02.2024;5;;Wonderful;Jo;;",
  ";08.03.2024;5;;Perfect stay;Lea;;",
].join("\r\n");

const upload = (bytes: Uint8Array, name = "yelp.csv", channel: "YELP" | "OTHER" | "FACEBOOK" = "YELP", otherName?: string) =>
  uploadReviewImport(db, { organizationId: org.id, form: { propertyId: property.id, channel, otherName }, file: { name, bytes }, actor: { kind: "USER", userId: manager.id } });

async function settingsOf(importId: string): Promise<ImportSettings> {
  const found = await db.reviewImport.findUniqueOrThrow({ where: { id: importId } });
  return found.settings as unknown as ImportSettings;
}

async function importFile(bytes: Uint8Array, name?: string) {
  const { id } = await upload(bytes, name);
  await startReviewImport(db, queues, { organizationId: org.id, importId: id, settings: await settingsOf(id), actor: { kind: "USER", userId: manager.id } });
  const drafts: string[] = [];
  const summary = await runReviewImport(db, id, { onNewReviews: async (ids) => void drafts.push(...ids) });
  return { id, summary, drafts };
}

beforeAll(async () => {
  queues = createQueues(redis, `${env.QUEUE_PREFIX}-import-${randomUUID().slice(0, 8)}`);
  const slug = `import-${randomUUID().slice(0, 8)}`;
  org = await createOrganization(db, { slug, name: "Import test hotels" });
  manager = await createMember(db, { organizationId: org.id, email: `manager@${slug}.test`, name: "Ines Manager", role: "HOTEL_MANAGER", password: "test-password" });
  property = await createProperty(db, {
    organizationId: org.id, name: "Casa Azulejo Lisboa", city: "Lisbon", country: "Portugal", timeZone: "Europe/Lisbon",
    languages: ["pt", "en"], signatoryName: "Inês Carvalho", signatoryTitle: "General Manager",
  });
});

afterAll(async () => {
  await Promise.all(Object.values(queues).map((q) => q.obliterate({ force: true })));
  await closeQueues(queues);
  redis.disconnect();
  // Its reviews would otherwise wait for drafts in the shared test database, for other files' sweeps to find.
  await db.organization.deleteMany({ where: { id: { in: [org.id, ...otherOrgs] } } });
  await db.$disconnect();
});

describe("importing a CSV of a manual channel's reviews", () => {
  it("guesses the mapping on upload and previews the rows with their problems", async () => {
    const { id } = await upload(new TextEncoder().encode(CSV));
    const settings = await settingsOf(id);
    expect(settings).toEqual({
      mapping: { externalId: 0, publishedAt: 1, rating: 2, title: 3, text: 4, authorName: 5, replyText: 6, url: 7, language: null },
      ratingScale: "auto", dateOrder: "auto",
    });
    const preview = await previewReviewImport(db, org.id, id, settings);
    expect(preview.totals).toEqual({ rows: 5, ready: 3, withProblems: 2 });
    expect(preview.rows.map((r) => [r.rowNumber, r.review?.authorName ?? null, r.problems.map((p) => p.column)])).toEqual([
      [2, "Maria Silva", []], [3, null, ["Rating"]], [4, "Ana", []], [5, null, ["Date"]], [6, "Lea", []],
    ]);
    expect(await getReviewImport(db, org.id, id)).toMatchObject({ status: "MAPPING", totalRows: 5, channelName: "Yelp", fileFormat: "csv" });
  });

  it("stores the good rows as reviews of the property's Yelp connection, reports exactly the bad rows, and drafts the unanswered", async () => {
    const { id, summary, drafts } = await importFile(new TextEncoder().encode(CSV));
    expect(summary).toEqual({ created: 3, updated: 0, unchanged: 0, failedRows: 2 });
    const done = await getReviewImport(db, org.id, id);
    expect(done).toMatchObject({ status: "DONE", processedRows: 5, createdReviews: 3, failedRows: 2 });
    expect((await db.reviewImport.findUniqueOrThrow({ where: { id } })).sheet).toBeNull();

    expect(await listImportRowErrors(db, org.id, id)).toEqual([
      { rowNumber: 3, column: "Rating", problem: expect.stringMatching(/^Rating is not a rating Lobby can read/), value: "not good" },
      { rowNumber: 5, column: "Date", problem: "Date is not a real date", value: "31.02.2024" },
    ]);

    const connection = await db.platformConnection.findFirstOrThrow({ where: { propertyId: property.id, platform: "MANUAL" } });
    expect(connection.externalLocationId).toBe("Yelp");
    const reviews = await db.review.findMany({ where: { connectionId: connection.id }, orderBy: { publishedAt: "asc" } });
    expect(reviews.map((r) => [r.authorName, r.rating, r.platform, r.replyState])).toEqual([
      ["Maria Silva", 4, "MANUAL", "AWAITING_DRAFT"],
      ["Ana", 2, "MANUAL", "ANSWERED_ON_PLATFORM"],
      ["Lea", 5, "MANUAL", "AWAITING_DRAFT"],
    ]);
    expect(drafts.sort()).toEqual([reviews[0]!.id, reviews[2]!.id].sort());
    expect(reviews[0]!.raw).toMatchObject({ source: "file-import", importId: id, rowNumber: 2, url: "https://www.yelp.com/biz/casa?hrid=1", row: { Reviewer: "Maria Silva" } });
    expect(reviews[2]!.externalId).toMatch(/^row-[0-9a-f]{32}$/);
    expect(reviews[0]!.language).toBe("en");

    const audit = await db.auditEvent.findMany({ where: { organizationId: org.id, entityType: "import", entityId: id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((e) => [e.action, e.actorUserId])).toEqual([["import.uploaded", manager.id], ["import.started", manager.id], ["import.finished", null]]);
  });

  it("reports progress chunk by chunk, before each chunk's reviews are handed on for drafting", async () => {
    const lines = ["Date,Rating,Text,Author", ...Array.from({ length: 600 }, (_, i) => `05.03.2024,5,Stay ${i} was lovely,Guest ${i}`)];
    const { id } = await upload(new TextEncoder().encode(lines.join("\n")), "big.csv");
    await startReviewImport(db, queues, { organizationId: org.id, importId: id, settings: await settingsOf(id), actor: { kind: "USER", userId: manager.id } });
    const progress: number[] = [];
    const summary = await runReviewImport(db, id, {
      onNewReviews: async (ids) => void progress.push((await db.reviewImport.findUniqueOrThrow({ where: { id } })).processedRows, ids.length),
    });
    expect(summary).toMatchObject({ created: 600, failedRows: 0 });
    // [processed rows when the chunk was handed on, reviews in it]
    expect(progress).toEqual([250, 250, 500, 250, 600, 100]);
  });

  it("adds nothing when the same file is imported again, rows without an id included", async () => {
    const before = await db.review.count({ where: { organizationId: org.id } });
    const { summary, drafts } = await importFile(new TextEncoder().encode(CSV));
    expect(summary).toEqual({ created: 0, updated: 0, unchanged: 3, failedRows: 2 });
    expect(drafts).toEqual([]);
    expect(await db.review.count({ where: { organizationId: org.id } })).toBe(before);
    expect(await db.platformConnection.count({ where: { propertyId: property.id, platform: "MANUAL" } })).toBe(1);
  });

  it("imports an XLSX file with date cells, Excel serial dates and scores out of 10", async () => {
    const bytes = await xlsxBytes([
      ["Datum", "Bewertung", "Bewertungstext", "Name"],
      [new Date(Date.UTC(2024, 4, 1)), 9, "Sehr schönes Hotel, tolles Frühstück.", "Klaus"],
      [45420, "7,5", "Zimmer etwas laut, aber sauber.", "Petra"],
      ["gestern", 8, "Gut", "Uwe"],
    ]);
    const { id } = await uploadReviewImport(db, { organizationId: org.id, form: { propertyId: property.id, channel: "OTHER", otherName: "HolidayCheck" }, file: { name: "holidaycheck.xlsx", bytes }, actor: { kind: "USER", userId: manager.id } });
    const settings = await settingsOf(id);
    expect(settings.mapping).toMatchObject({ publishedAt: 0, rating: 1, text: 2, authorName: 3 });
    await startReviewImport(db, queues, { organizationId: org.id, importId: id, settings, actor: { kind: "USER", userId: manager.id } });
    expect(await runReviewImport(db, id)).toEqual({ created: 2, updated: 0, unchanged: 0, failedRows: 1 });
    const connection = await db.platformConnection.findFirstOrThrow({ where: { propertyId: property.id, platform: "MANUAL", externalLocationId: "HolidayCheck" } });
    const reviews = await db.review.findMany({ where: { connectionId: connection.id }, orderBy: { publishedAt: "asc" } });
    expect(reviews.map((r) => [r.authorName, r.rating, r.platformRating, r.platformScale, r.publishedAt.toISOString(), r.language])).toEqual([
      ["Petra", 4, 7.5, 10, "2024-05-08T11:00:00.000Z", "de"],
      ["Klaus", 5, 9, 10, "2024-05-01T11:00:00.000Z", "de"],
    ].sort((a, b) => String(a[4]).localeCompare(String(b[4]))));
    expect(await listImportRowErrors(db, org.id, id)).toEqual([{ rowNumber: 4, column: "Datum", problem: expect.stringMatching(/^Date is not a date/), value: "gestern" }]);
  });
});

describe("guarding the import", () => {
  it("refuses a property of another organization and a channel without a name", async () => {
    const other = await createOrganization(db, { slug: `other-${randomUUID().slice(0, 8)}`, name: "Other" });
    otherOrgs.push(other.id);
    const theirs = await createProperty(db, { organizationId: other.id, name: "Theirs", city: "Porto", country: "Portugal", timeZone: "Europe/Lisbon", languages: ["pt"], signatoryName: "X", signatoryTitle: "GM" });
    await expect(uploadReviewImport(db, { organizationId: org.id, form: { propertyId: theirs.id, channel: "YELP" }, file: { name: "a.csv", bytes: new TextEncoder().encode(CSV) }, actor: { kind: "USER", userId: manager.id } }))
      .rejects.toThrow("not one of this organization's");
    const { uploadFormSchema } = await import("./upload-import");
    expect(uploadFormSchema.safeParse({ propertyId: property.id, channel: "OTHER", otherName: "  " }).error?.issues[0]?.message).toBe("Name the channel the reviews come from.");
  });

  it("refuses to start a mapping without a date, or one under which no row is importable, and starts only once", async () => {
    const { id } = await upload(new TextEncoder().encode(CSV));
    const settings = await settingsOf(id);
    const actor = { kind: "USER" as const, userId: manager.id };
    await expect(startReviewImport(db, queues, { organizationId: org.id, importId: id, settings: { ...settings, mapping: { ...settings.mapping, publishedAt: null } }, actor })).rejects.toThrow("Choose the column with the review date.");
    await expect(startReviewImport(db, queues, { organizationId: org.id, importId: id, settings: { ...settings, mapping: { ...settings.mapping, publishedAt: 4 , text: null } }, actor })).rejects.toThrow(/No row can be imported/);
    await startReviewImport(db, queues, { organizationId: org.id, importId: id, settings, actor });
    await expect(startReviewImport(db, queues, { organizationId: org.id, importId: id, settings, actor })).rejects.toThrow("already started");
    expect(await queues.importReviews.getJob(`import-${id}`)).toBeTruthy();
    await expect(previewReviewImport(db, "another-org", id, settings)).rejects.toThrow("no longer exists");
  });

  it("drops a file nobody mapped within a week", async () => {
    const { id } = await upload(new TextEncoder().encode(CSV));
    await db.reviewImport.update({ where: { id }, data: { createdAt: new Date(Date.now() - 8 * 24 * 60 * 60_000) } });
    expect(await expireAbandonedImports(db)).toBeGreaterThanOrEqual(1);
    const expired = await db.reviewImport.findUniqueOrThrow({ where: { id } });
    expect(expired).toMatchObject({ status: "FAILED", sheet: null, error: expect.stringMatching(/never mapped/) });
    const recent = await upload(new TextEncoder().encode(CSV));
    await expireAbandonedImports(db);
    expect(await db.reviewImport.findUniqueOrThrow({ where: { id: recent.id } })).toMatchObject({ status: "MAPPING" });
  });

  it("marks an import failed with its reason, and never a finished one", async () => {
    const { id } = await upload(new TextEncoder().encode(CSV));
    await markImportFailed(db, id, "Stopped.");
    expect(await getReviewImport(db, org.id, id)).toMatchObject({ status: "FAILED", error: "Stopped." });
    expect((await db.reviewImport.findUniqueOrThrow({ where: { id } })).sheet).toBeNull();
    expect(await runReviewImport(db, id)).toBeNull();
    const done = await importFile(new TextEncoder().encode(CSV));
    await markImportFailed(db, done.id, "Too late.");
    expect(await getReviewImport(db, org.id, done.id)).toMatchObject({ status: "DONE", error: null });
  });
});
