import { beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../db";
import type { NormalizedReview } from "../../platforms/types";
import { createConnection, createProperty } from "@/prisma/factories";
import { lisbonDay, tripadvisorImportHarness } from "./tripadvisor-testing";
import { TRIPADVISOR_SANDBOX_API_KEY } from "@/sandbox/tripadvisor/seed";
import { LISBON_ID, MUNICH_ID } from "@/sandbox/tripadvisor/testing";
import { pollConnection } from "../poll-connection";
import { listImportRowErrors } from "./queries";
import { tripadvisorIdsOf } from "./tripadvisor-overlap";

// Tripadvisor history imported by file beside the property's Tripadvisor API connection, against the
// real database and the sandbox's Tripadvisor Content API, polled by the real poll: a review is in
// Lobby once, whichever of the two brought it first.
const db = createDb();
const t = tripadvisorImportHarness(db, "ta-import");

const hotel = (name: string) =>
  createProperty(db, { organizationId: t.org.id, name, city: "Lisbon", country: "Portugal", timeZone: "Europe/Lisbon", languages: ["pt", "en"], signatoryName: "Inês Carvalho", signatoryTitle: "General Manager" });

const importTripadvisorFile = (propertyId: string, lines: string[]) => t.importFile(propertyId, lines);

const HEADER = "Review ID;Date;Rating;Title;Review;Reviewer;URL";
const row = (r: { id?: string; date: string; rating?: number; title?: string; text: string; guest: string; url?: string }) =>
  [r.id ?? "", r.date, r.rating ?? 4, r.title ?? "", `"${r.text.replaceAll('"', '""')}"`, r.guest, r.url ?? ""].join(";");
const link = (locationId: string, reviewId: string) => `https://www.tripadvisor.com/ShowUserReviews-g189158-d${locationId}-r${reviewId}-Casa_Azulejo-Lisbon.html`;

describe("the Tripadvisor review id of an imported row", () => {
  const review = (externalId: string, url?: string) => ({ externalId, raw: { source: "file-import", importId: "i", fileName: "f", rowNumber: 2, row: {}, ...(url ? { url } : {}) } }) as unknown as NormalizedReview;
  it("comes from the review's link, or from a Review ID of digits long enough to be Tripadvisor's", () => {
    expect(tripadvisorIdsOf(review("row-abc", link("1234567", "987654321")))).toEqual({ review: "987654321", location: "1234567" });
    expect(tripadvisorIdsOf(review("912345678"))).toEqual({ review: "912345678", location: null });
    expect(tripadvisorIdsOf(review("17"))).toEqual({ review: null, location: null }); // the file's own numbering
    expect(tripadvisorIdsOf(review("2024001"))).toEqual({ review: null, location: null }); // a long own number is not Tripadvisor's either
    expect(tripadvisorIdsOf(review("row-abc", "https://www.yelp.com/biz/casa-r12345678-x"))).toEqual({ review: null, location: null });
  });
});

describe("importing Tripadvisor history beside the Tripadvisor API connection", () => {
  let property: { id: string };
  let api: { id: string };
  const reviewsOfProperty = () => db.review.findMany({ where: { propertyId: property.id }, select: { externalId: true, platform: true, authorName: true, text: true, raw: true } });

  beforeAll(async () => {
    property = await hotel("Casa Azulejo Lisboa");
    api = await createConnection(db, { organizationId: t.org.id, propertyId: property.id, platform: "TRIPADVISOR", externalLocationId: LISBON_ID, credentials: { apiKey: TRIPADVISOR_SANDBOX_API_KEY, languages: ["en"] } });
    expect((await pollConnection(db, api.id, t.overrides()))?.created).toBe(5);
  });

  it("skips the rows the API connection holds (by Tripadvisor id, or by guest, day and text), stores rows with a Tripadvisor id as the connection's, and the poll adds no copy of them", async () => {
    const polled = await db.review.findMany({ where: { connectionId: api.id }, orderBy: { publishedAt: "desc" } });
    const [byId, byWords] = [polled[0]!, polled[1]!];
    // Written on Tripadvisor after the last poll, and in the file before the poll sees it.
    const fresh = (await (await t.sandbox.admin("/_sandbox/tripadvisor/reviews", {
      location: LISBON_ID, username: "NunoF_Porto", lang: "en", rating: 5, title: "Back again", text: "Third stay, same warm welcome.", publishedDate: new Date().toISOString(),
    })).json()) as { id: number };
    const lines = [
      HEADER,
      row({ id: byId.externalId, date: lisbonDay(byId.publishedAt), text: byId.text!, guest: byId.authorName }),
      row({ date: lisbonDay(byWords.publishedAt), text: ` ${byWords.text!.toUpperCase()} `, guest: byWords.authorName }),
      row({ date: "2019-08-14", text: "The rooftop bar at sunset is unforgettable.", guest: "Helen W" }),
      row({ date: lisbonDay(new Date()), rating: 5, title: "Back again", text: "Third stay, same warm welcome.", guest: "Nuno F", url: link(LISBON_ID, String(fresh.id)) }),
      row({ date: "2020-02-02", text: "Lovely, but this link is of our other hotel.", guest: "Kai", url: link(MUNICH_ID, "555666777") }),
    ];
    const before = await db.review.count({ where: { propertyId: property.id } });
    const { id, summary } = await importTripadvisorFile(property.id, lines);
    expect(summary).toEqual({ created: 3, updated: 0, unchanged: 2, failedRows: 0 });
    expect(await db.reviewImport.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DONE", processedRows: 5, createdReviews: 3, unchangedReviews: 2, failedRows: 0 });
    expect(await listImportRowErrors(db, t.org.id, id)).toEqual([
      { rowNumber: 2, column: "(whole row)", problem: "Already in Lobby as a review of the Tripadvisor connection; not imported again", value: byId.externalId },
      { rowNumber: 3, column: "(whole row)", problem: "Already in Lobby as a review of the Tripadvisor connection; not imported again", value: "" },
    ]);

    const reviews = await reviewsOfProperty();
    expect(reviews).toHaveLength(before + 3);
    const imported = reviews.find((r) => r.externalId === String(fresh.id));
    expect(imported).toMatchObject({ platform: "TRIPADVISOR", authorName: "Nuno F", raw: { source: "file-import", importId: id, rowNumber: 5, tripadvisorReviewId: String(fresh.id) } });
    expect(reviews.filter((r) => r.platform === "MANUAL").map((r) => r.authorName).sort()).toEqual(["Helen W", "Kai"]);

    // The poll now lists the fresh review: it meets the imported one instead of adding a copy.
    const poll = await pollConnection(db, api.id, t.overrides());
    expect(poll).toMatchObject({ created: 0 });
    const after = await reviewsOfProperty();
    expect(after).toHaveLength(before + 3);
    expect(after.filter((r) => r.text === "Third stay, same warm welcome.")).toHaveLength(1);
  });

  it("adds nothing when the same file is imported again", async () => {
    const before = await db.review.count({ where: { propertyId: property.id } });
    const polled = await db.review.findMany({ where: { connectionId: api.id }, orderBy: { publishedAt: "desc" }, take: 1 });
    const { summary } = await importTripadvisorFile(property.id, [
      HEADER,
      row({ id: polled[0]!.externalId, date: lisbonDay(polled[0]!.publishedAt), text: polled[0]!.text!, guest: polled[0]!.authorName }),
      row({ date: "2019-08-14", text: "The rooftop bar at sunset is unforgettable.", guest: "Helen W" }),
      row({ date: "2020-02-02", text: "Lovely, but this link is of our other hotel.", guest: "Kai", url: link(MUNICH_ID, "555666777") }),
    ]);
    expect(summary).toEqual({ created: 0, updated: 0, unchanged: 3, failedRows: 0 });
    expect(await db.review.count({ where: { propertyId: property.id } })).toBe(before);
  });
});

describe("importing Tripadvisor history for a property without a Tripadvisor API connection", () => {
  it("keeps every row in the manual Tripadvisor channel, as before", async () => {
    const property = await hotel("Casa Azulejo Porto");
    const { summary } = await importTripadvisorFile(property.id, [
      HEADER,
      row({ id: "912345678", date: "2021-06-01", text: "Quiet room, great shower.", guest: "Ana" }),
      row({ date: "2021-06-02", text: "Friendly staff.", guest: "Rui", url: link(LISBON_ID, "912345679") }),
    ]);
    expect(summary).toEqual({ created: 2, updated: 0, unchanged: 0, failedRows: 0 });
    const reviews = await db.review.findMany({ where: { propertyId: property.id }, orderBy: { publishedAt: "asc" } });
    expect(reviews.map((r) => [r.platform, r.externalId.startsWith("row-") ? "row-…" : r.externalId])).toEqual([["MANUAL", "912345678"], ["MANUAL", "row-…"]]);
    // Tripadvisor's id is kept with the row, for when the property connects its Tripadvisor API later.
    expect(reviews[1]!.raw).toMatchObject({ tripadvisorReviewId: "912345679" });

    // Connected since: importing the file again leaves those rows where they are, adding nothing.
    await createConnection(db, { organizationId: t.org.id, propertyId: property.id, platform: "TRIPADVISOR", externalLocationId: LISBON_ID, credentials: { apiKey: TRIPADVISOR_SANDBOX_API_KEY } });
    const again = await importTripadvisorFile(property.id, [
      HEADER,
      row({ id: "912345678", date: "2021-06-01", text: "Quiet room, great shower.", guest: "Ana" }),
      row({ date: "2021-06-02", text: "Friendly staff.", guest: "Rui", url: link(LISBON_ID, "912345679") }),
    ]);
    expect(again.summary).toEqual({ created: 0, updated: 0, unchanged: 2, failedRows: 0 });
    expect(await db.review.count({ where: { propertyId: property.id } })).toBe(2);
  });
});
