import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDb } from "../db";
import type { NormalizedReview } from "../platforms/types";
import { createHotelOnGoogle } from "@/prisma/factories";
import { draftReview } from "../drafting/draft-review";
import { ANALYSIS_VERSION } from "./analyse";
import { analyseAndStore, analyseBacklog, analyseUnanalysedReviews } from "./analyse-review";
import { readStoredAnalysis } from "./analysis-schema";
import { storeReviews } from "./store-reviews";

// The analyser can be made to throw, to prove a failure is stored with its reason and not retried.
const analyser = vi.hoisted(() => ({ fail: false }));
vi.mock("./analyse", async (importOriginal) => {
  const real = await importOriginal<typeof import("./analyse")>();
  return {
    ...real,
    analyseReview: (review: Parameters<typeof real.analyseReview>[0]) => {
      if (analyser.fail) throw new Error("lexicon exploded");
      return real.analyseReview(review);
    },
  };
});

const db = createDb();
let connection: Awaited<ReturnType<typeof createHotelOnGoogle>>["connection"];

const review = (over: Partial<NormalizedReview> = {}): NormalizedReview => ({
  externalId: `r-${randomUUID().slice(0, 8)}`,
  authorName: "Priya",
  rating: 1,
  platformRating: 1,
  platformScale: 5,
  title: "Never again",
  text: "We found bed bugs in the mattress on the first night. Can you tell me when the refund will arrive?",
  language: null,
  publishedAt: new Date("2026-10-01T10:00:00Z"),
  updatedAt: new Date("2026-10-01T10:00:00Z"),
  existingReply: null,
  raw: {},
  ...over,
});

async function stored(externalId: string) {
  return db.review.findUniqueOrThrow({ where: { connectionId_externalId: { connectionId: connection.id, externalId } } });
}

beforeAll(async () => {
  ({ connection } = await createHotelOnGoogle(db, { slug: `analyse-${randomUUID().slice(0, 8)}`, locationName: "accounts/1/locations/1", credentials: {} }));
});
afterAll(() => db.$disconnect());

describe("analyseAndStore", () => {
  it("stores sentiment, urgency, the full analysis and its version with the review", async () => {
    const r = review();
    await storeReviews(db, connection, [r]);
    const { id } = await stored(r.externalId);
    const analysis = await analyseAndStore(db, id);
    expect(analysis?.urgency.level).toBe("URGENT");

    const row = await stored(r.externalId);
    expect(row).toMatchObject({ sentiment: "negative", urgency: "URGENT", analysisVersion: ANALYSIS_VERSION });
    const read = readStoredAnalysis(row.analysis);
    expect(read?.urgency.reasons).toEqual([{ kind: "hygiene", sentence: "We found bed bugs in the mattress on the first night." }]);
    expect(read?.questions).toEqual([{ text: "Can you tell me when the refund will arrive?", topic: "billing" }]);
    expect(read).toEqual(analysis);
  });

  it("is idempotent: the same text and version are not analysed or written again", async () => {
    const r = review();
    await storeReviews(db, connection, [r]);
    const { id } = await stored(r.externalId);
    await analyseAndStore(db, id);
    const first = await stored(r.externalId);
    const again = await analyseAndStore(db, id);
    const second = await stored(r.externalId);
    expect(second.updatedAt).toEqual(first.updatedAt);
    expect(again).toEqual(readStoredAnalysis(first.analysis));
  });

  it("re-analyses when the text changed or the analysis version differs", async () => {
    const r = review();
    await storeReviews(db, connection, [r]);
    const { id } = await stored(r.externalId);
    await analyseAndStore(db, id);

    // The guest edits the review on the platform: the stored analysis is marked stale at once...
    const edited: NormalizedReview = { ...r, rating: 5, title: null, text: "Lovely stay, spotless room and a great breakfast.", updatedAt: new Date("2026-10-03T10:00:00Z") };
    await storeReviews(db, connection, [edited]);
    expect((await stored(r.externalId)).analysisVersion).toBeNull();
    // ...and analysed afresh.
    expect((await analyseAndStore(db, id))?.urgency.level).toBe("ROUTINE");
    expect(await stored(r.externalId)).toMatchObject({ urgency: "ROUTINE", sentiment: "positive", analysisVersion: ANALYSIS_VERSION });

    // A text changed behind its back (no version reset) is noticed from the fingerprint.
    await db.review.update({ where: { id }, data: { rating: 2, text: "The police had to be called after a fight in the corridor." } });
    expect((await analyseAndStore(db, id))?.urgency.reasons.map((x) => x.kind)).toEqual(["safety", "legal"]);

    // An older analyser's result is redone.
    await db.review.update({ where: { id }, data: { analysisVersion: "analysis-0", urgency: "ROUTINE" } });
    await analyseAndStore(db, id);
    expect(await stored(r.externalId)).toMatchObject({ urgency: "URGENT", analysisVersion: ANALYSIS_VERSION });
  });

  it("stores a failure with its reason instead of crashing, and leaves it until something changes", async () => {
    const r = review();
    await storeReviews(db, connection, [r]);
    const { id } = await stored(r.externalId);
    analyser.fail = true;
    try {
      expect(await analyseAndStore(db, id)).toBeNull();
    } finally {
      analyser.fail = false;
    }
    const row = await stored(r.externalId);
    expect(row.analysisVersion).toBe(ANALYSIS_VERSION);
    expect(row.analysis).toMatchObject({ failed: "lexicon exploded" });
    expect(readStoredAnalysis(row.analysis)).toBeNull();
    // Not picked up again by the backlog (same version, same text).
    await analyseBacklog(db);
    expect((await stored(r.externalId)).analysis).toMatchObject({ failed: "lexicon exploded" });
  });

  it("returns null for a review that does not exist", async () => {
    expect(await analyseAndStore(db, "no-such-review")).toBeNull();
  });
});

describe("the analysis backlog", () => {
  it("works in bounded batches until every review has this version's analysis", async () => {
    await storeReviews(db, connection, [review(), review(), review({ rating: 5, title: null, text: "Great location." })]);
    expect(await analyseUnanalysedReviews(db, 2)).toBe(2);
    await analyseBacklog(db);
    const stale = await db.review.count({ where: { OR: [{ analysisVersion: null }, { analysisVersion: { not: ANALYSIS_VERSION } }] } });
    expect(stale).toBe(0);
    expect(await analyseUnanalysedReviews(db)).toBe(0);
  });
});

describe("drafting", () => {
  it("analyses a new review before drafting it", async () => {
    const r = review({ rating: 2, title: null, text: "The shower was cold and the room smelled of smoke." });
    const { needDraft } = await storeReviews(db, connection, [r]);
    expect(needDraft).toHaveLength(1);
    await draftReview(db, needDraft[0]!);
    const row = await stored(r.externalId);
    expect(row).toMatchObject({ analysisVersion: ANALYSIS_VERSION, urgency: "PROMPT", replyState: "DRAFTED" });
    expect(readStoredAnalysis(row.analysis)?.aspects.map((a) => `${a.aspect}:${a.polarity}`)).toContain("smell:negative");
  });
});
