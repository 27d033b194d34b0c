import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import type { NormalizedReview } from "../platforms/types";
import { createHotelOnGoogle } from "@/prisma/factories";
import { analyseBacklog } from "./analyse-review";
import { countUrgent, inboxFilterSchema, listInbox } from "./inbox";
import { storeReviews } from "./store-reviews";

const db = createDb();
let ours: Awaited<ReturnType<typeof createHotelOnGoogle>>;
let theirs: Awaited<ReturnType<typeof createHotelOnGoogle>>;

const review = (externalId: string, rating: NormalizedReview["rating"], text: string, day: number): NormalizedReview => ({
  externalId,
  authorName: externalId,
  rating,
  platformRating: rating,
  platformScale: 5,
  title: null,
  text,
  language: null,
  publishedAt: new Date(Date.UTC(2026, 9, day)),
  updatedAt: new Date(Date.UTC(2026, 9, day)),
  existingReply: null,
  raw: {},
});

beforeAll(async () => {
  const tag = randomUUID().slice(0, 8);
  ours = await createHotelOnGoogle(db, { slug: `inbox-${tag}`, locationName: "accounts/1/locations/1", credentials: {} });
  theirs = await createHotelOnGoogle(db, { slug: `other-${tag}`, locationName: "accounts/1/locations/2", credentials: {} });
  await storeReviews(db, ours.connection, [
    review("urgent-old", 1, "We found cockroaches in the bathroom.", 1),
    review("prompt", 2, "Small room and a cold breakfast.", 2),
    review("routine-new", 5, "Lovely stay, great breakfast.", 3),
  ]);
  await storeReviews(db, theirs.connection, [review("their-urgent", 1, "Someone stole my phone from the room.", 4)]);
  await analyseBacklog(db);
});
afterAll(() => db.$disconnect());

describe("the inbox and urgency", () => {
  const filter = (query: Record<string, string>) => inboxFilterSchema.parse(query);

  it("lists newest first by default, with each row's urgency and what it is about", async () => {
    const rows = await listInbox(db, ours.organization.id, filter({}));
    expect(rows.map((r) => [r.authorName, r.urgency, r.urgencyReasons])).toEqual([
      ["routine-new", "ROUTINE", []],
      ["prompt", "PROMPT", ["unhappy-guest"]],
      ["urgent-old", "URGENT", ["hygiene"]],
    ]);
  });

  it("puts urgent reviews first on request, then prompt ones", async () => {
    const rows = await listInbox(db, ours.organization.id, filter({ sort: "urgent" }));
    expect(rows.map((r) => r.authorName)).toEqual(["urgent-old", "prompt", "routine-new"]);
  });

  it("filters to urgent reviews and counts them, within the organization only", async () => {
    const rows = await listInbox(db, ours.organization.id, filter({ urgent: "1" }));
    expect(rows.map((r) => r.authorName)).toEqual(["urgent-old"]);
    expect(await countUrgent(db, ours.organization.id, filter({}))).toBe(1);
    expect(await countUrgent(db, ours.organization.id, filter({ status: "published" }))).toBe(0);
    expect((await listInbox(db, theirs.organization.id, filter({ urgent: "1" }))).map((r) => r.authorName)).toEqual(["their-urgent"]);
  });

  it("reads unknown filter values as the defaults", () => {
    expect(filter({ urgent: "yes", sort: "loudest" })).toMatchObject({ urgent: undefined, sort: "newest" });
  });
});
