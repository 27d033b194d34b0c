import { beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { createConnection, createProperty } from "@/prisma/factories";
import { lisbonDay, tripadvisorImportHarness } from "./import/tripadvisor-testing";
import { TRIPADVISOR_SANDBOX_API_KEY } from "@/sandbox/tripadvisor/seed";
import { LISBON_ID } from "@/sandbox/tripadvisor/testing";
import { pollConnection } from "./poll-connection";

// Tripadvisor history imported by file first, the property's Tripadvisor API connection after: the
// poll takes the imported reviews over (same row, drafts, reply and audit trail) instead of copying
// them, and later polls see no edit in them. Real database, the sandbox's Tripadvisor Content API.
const db = createDb();
const t = tripadvisorImportHarness(db, "ta-adopt");
const importTripadvisorFile = async (propertyId: string, lines: string[]) => (await t.importFile(propertyId, lines)).summary;

const HEADER = "Review ID;Date;Rating;Title;Review;Reviewer;URL;Response";
const row = (r: { date: string; text: string; guest: string; title?: string; url?: string; reply?: string }) =>
  ["", r.date, 5, r.title ?? "", `"${r.text}"`, r.guest, r.url ?? "", r.reply ? `"${r.reply}"` : ""].join(";");
const link = (reviewId: number) => `https://www.tripadvisor.com/ShowUserReviews-g189158-d${LISBON_ID}-r${reviewId}-Casa_Azulejo-Lisbon.html`;

type Written = { id: number; published_date: string };
/** A review written on Tripadvisor now: the newest the API shows. */
async function writeOnTripadvisor(username: string, title: string, text: string): Promise<Written> {
  const res = await t.sandbox.admin("/_sandbox/tripadvisor/reviews", { location: LISBON_ID, username, lang: "en", rating: 5, title, text, publishedDate: new Date().toISOString() });
  expect(res.status).toBe(201);
  return (await res.json()) as Written;
}

const auditOf = async (reviewId: string) =>
  (await db.auditEvent.findMany({ where: { organizationId: t.org.id, entityType: "review", entityId: reviewId }, orderBy: { createdAt: "asc" } })).map((e) => e.action);

describe("Tripadvisor history imported before the property connects Tripadvisor's API", () => {
  let property: { id: string };
  let api: { id: string };
  let maria: Written; // in the file with its link and the hotel's reply; no response on the API
  let tom: Written; // in the file without an id, answered on Tripadvisor since
  let mariaReview: { id: string };
  let tomReview: { id: string };
  const MARIA_TEXT = "Breakfast on the terrace was a delight.";
  const TOM_TEXT = "Quiet room and a friendly night porter.";
  const FILE_REPLY = "Obrigada, Maria! We hope to welcome you back.";

  beforeAll(async () => {
    property = await createProperty(db, { organizationId: t.org.id, name: "Casa Azulejo Lisboa", city: "Lisbon", country: "Portugal", timeZone: "Europe/Lisbon", languages: ["pt", "en"], signatoryName: "Inês Carvalho", signatoryTitle: "General Manager" });
    maria = await writeOnTripadvisor("MariaS_Lisboa", "Lovely mornings", MARIA_TEXT);
    tom = await writeOnTripadvisor("TomB", "Restful", TOM_TEXT);
    const summary = await importTripadvisorFile(property.id, [
      HEADER,
      row({ date: lisbonDay(new Date(maria.published_date)), title: "Lovely mornings", text: MARIA_TEXT, guest: "MariaS_Lisboa", url: link(maria.id), reply: FILE_REPLY }),
      row({ date: lisbonDay(new Date(tom.published_date)), text: `  quiet room and a   friendly night porter. `, guest: "TomB" }),
      // Same guest and words, years earlier: another stay, not the review the API shows.
      row({ date: "2019-05-03", text: TOM_TEXT, guest: "TomB" }),
      row({ date: "2019-08-14", text: "The rooftop bar at sunset is unforgettable.", guest: "Helen W" }),
    ]);
    expect(summary).toMatchObject({ created: 4, failedRows: 0 });
    mariaReview = await db.review.findFirstOrThrow({ where: { propertyId: property.id, authorName: "MariaS_Lisboa" } });
    tomReview = await db.review.findFirstOrThrow({ where: { propertyId: property.id, authorName: "TomB", publishedAt: { gte: new Date("2020-01-01") } } });
    expect(mariaReview).toMatchObject({ platform: "MANUAL", replyState: "ANSWERED_ON_PLATFORM", existingReplyText: FILE_REPLY });
    // Staff started answering Tom in Lobby; then the hotel answered him on Tripadvisor itself.
    await db.draft.create({ data: { organizationId: t.org.id, reviewId: tomReview.id, text: "Dear Tom, thank you.", origin: "HUMAN", provider: "human", promptVersion: "-" } });
    await db.review.update({ where: { id: tomReview.id }, data: { replyState: "DRAFTED" } });
    expect((await t.sandbox.admin(`/_sandbox/tripadvisor/reviews/${tom.id}/owner-response`, { text: "Thank you, Tom!" })).status).toBeLessThan(300);
  });

  it("the first poll takes the imported reviews over, with their drafts, reply and history, instead of copying them", async () => {
    api = await createConnection(db, { organizationId: t.org.id, propertyId: property.id, platform: "TRIPADVISOR", externalLocationId: LISBON_ID, credentials: { apiKey: TRIPADVISOR_SANDBOX_API_KEY, languages: ["en"] } });
    const poll = await pollConnection(db, api.id, t.overrides());
    // Five newest on the API: three seeded ones are new, Maria's is unchanged, Tom's gains the response.
    expect(poll).toMatchObject({ created: 3, updated: 1, unchanged: 1 });
    expect(await db.review.count({ where: { propertyId: property.id } })).toBe(4 + 3);
    expect(await db.review.count({ where: { propertyId: property.id, OR: [{ text: MARIA_TEXT }, { authorName: "TomB", publishedAt: { gte: new Date("2020-01-01") } }] } })).toBe(2);

    const adoptedMaria = await db.review.findUniqueOrThrow({ where: { id: mariaReview.id } });
    expect(adoptedMaria).toMatchObject({
      connectionId: api.id, platform: "TRIPADVISOR", externalId: String(maria.id), publishedAt: new Date(maria.published_date), platformUpdatedAt: new Date(maria.published_date),
      replyState: "ANSWERED_ON_PLATFORM", existingReplyText: FILE_REPLY, raw: { id: maria.id },
    });
    const adoptedTom = await db.review.findUniqueOrThrow({ where: { id: tomReview.id }, include: { drafts: true } });
    expect(adoptedTom).toMatchObject({ connectionId: api.id, platform: "TRIPADVISOR", externalId: String(tom.id), text: TOM_TEXT, replyState: "ANSWERED_ON_PLATFORM", existingReplyText: "Thank you, Tom!" });
    expect(adoptedTom.drafts.map((d) => d.text)).toEqual(["Dear Tom, thank you."]);

    expect(await auditOf(mariaReview.id)).toEqual(["review.received", "review.linked"]);
    expect(await auditOf(tomReview.id)).toEqual(["review.received", "review.linked", "review.answered_on_platform"]);
    const linked = await db.auditEvent.findFirstOrThrow({ where: { entityId: mariaReview.id, action: "review.linked" } });
    expect(linked.data).toMatchObject({ connectionId: api.id, fromExternalId: expect.any(String), rowNumber: 2 });
    expect(await db.reviewRevision.count({ where: { reviewId: { in: [mariaReview.id, tomReview.id] } } })).toBe(0);
    // The earlier stay and the old review stay in the imported channel.
    const manual = await db.review.findMany({ where: { propertyId: property.id, platform: "MANUAL" }, orderBy: { publishedAt: "asc" } });
    expect(manual.map((r) => r.authorName)).toEqual(["TomB", "Helen W"]);
  });

  it("later polls see no edit in them and keep the reply the file gave", async () => {
    expect(await pollConnection(db, api.id, t.overrides())).toMatchObject({ created: 0, updated: 0 });
    const audited = await db.auditEvent.count({ where: { organizationId: t.org.id } });
    // The daily full walk compares every review the API shows with the stored one.
    expect(await pollConnection(db, api.id, t.overrides(), { fullWalk: true })).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
    expect(await db.auditEvent.count({ where: { organizationId: t.org.id } })).toBe(audited);
    expect(await db.reviewRevision.count({ where: { review: { propertyId: property.id } } })).toBe(0);
    expect(await db.review.findUniqueOrThrow({ where: { id: mariaReview.id } })).toMatchObject({ existingReplyText: FILE_REPLY, replyState: "ANSWERED_ON_PLATFORM" });
  });

  it("a real edit on Tripadvisor is still recorded as one", async () => {
    const edited = "Breakfast on the terrace was a delight. The coffee could be stronger.";
    expect((await t.sandbox.admin(`/_sandbox/tripadvisor/reviews/${maria.id}/edit`, { text: edited })).status).toBeLessThan(300);
    // A full walk: the edit may fall in the same second as the cursor (the test writes fast).
    expect(await pollConnection(db, api.id, t.overrides(), { fullWalk: true })).toMatchObject({ created: 0, updated: 1 });
    const revisions = await db.reviewRevision.findMany({ where: { reviewId: mariaReview.id } });
    expect(revisions.map((r) => r.text)).toEqual([MARIA_TEXT]);
    expect(await db.review.findUniqueOrThrow({ where: { id: mariaReview.id } })).toMatchObject({ text: edited, existingReplyText: FILE_REPLY });
  });

  it("a row imported with its Tripadvisor id while connected is met by the poll without an edit or a lost reply", async () => {
    const nuno = await writeOnTripadvisor("NunoF_Porto", "Back again", "Third stay, same warm welcome.");
    const summary = await importTripadvisorFile(property.id, [
      HEADER,
      row({ date: lisbonDay(new Date(nuno.published_date)), title: "Back again", text: "Third stay, same warm welcome.", guest: "Nuno F", url: link(nuno.id), reply: "Thank you, Nuno!" }),
    ]);
    expect(summary).toMatchObject({ created: 1, failedRows: 0 });
    const imported = await db.review.findFirstOrThrow({ where: { connectionId: api.id, externalId: String(nuno.id) } });
    expect(await pollConnection(db, api.id, t.overrides())).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(await db.review.findUniqueOrThrow({ where: { id: imported.id } })).toMatchObject({ publishedAt: new Date(nuno.published_date), existingReplyText: "Thank you, Nuno!", raw: { id: nuno.id } });
    expect(await db.reviewRevision.count({ where: { reviewId: imported.id } })).toBe(0);
    expect(await auditOf(imported.id)).toEqual(["review.received", "review.linked"]);
    expect(await pollConnection(db, api.id, t.overrides(), { fullWalk: true })).toMatchObject({ created: 0, updated: 0 });
  });
});
