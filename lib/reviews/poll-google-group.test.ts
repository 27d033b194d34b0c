import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { sandboxEndpoints } from "../platforms/endpoints";
import { PlatformError } from "../platforms/errors";
import type { FetchLike } from "../platforms/http";
import { createConnection, createHotelOnGoogle, createProperty } from "@/prisma/factories";
import { GOOGLE_SANDBOX_CLIENT, GOOGLE_SANDBOX_LOCATIONS } from "@/sandbox/google/seed";
import { startSandbox, type RunningSandbox } from "@/sandbox/testing";
import { pollConnection } from "./poll-connection";
import { pollGoogleGroup } from "./poll-google-group";

// Two hotels of one group on one Google account: read together with one batchGetReviews listing,
// each connection keeping its own cursor, reviews, status and errors.
const db = createDb();
let sandbox: RunningSandbox;
const calls: string[] = [];
const recording: FetchLike = (input, init) => {
  calls.push(new URL(String(input)).pathname);
  return fetch(input, init);
};
const overrides = () => ({ endpoints: sandboxEndpoints(sandbox.url), fetch: recording });
const listCalls = () => calls.filter((p) => p.endsWith("/reviews")).length;
const batchCalls = () => calls.filter((p) => p.includes("batchGetReviews")).length;
const { lisbon: LISBON, munich: MUNICH } = GOOGLE_SANDBOX_LOCATIONS;

/** A hotel group with its Lisbon and Munich hotels on the sandbox's one Google account, both read once already. */
async function groupOnOneAccount(credentials: unknown = GOOGLE_SANDBOX_CLIENT) {
  const tenant = await createHotelOnGoogle(db, { slug: `grp-${randomUUID().slice(0, 8)}`, locationName: LISBON.name, credentials: GOOGLE_SANDBOX_CLIENT });
  const munichHotel = await createProperty(db, {
    organizationId: tenant.organization.id, name: MUNICH.title, city: "Munich", country: "Germany", timeZone: "Europe/Berlin", languages: ["de"], signatoryName: "M", signatoryTitle: "GM",
  });
  const munich = await createConnection(db, { organizationId: tenant.organization.id, propertyId: munichHotel.id, platform: "GOOGLE", externalLocationId: MUNICH.name, credentials });
  for (const c of [tenant.connection, munich]) await pollConnection(db, c.id, overrides()).catch(() => null);
  calls.length = 0;
  return { tenant, lisbon: tenant.connection, munich };
}

const cursorOf = async (id: string) => (await db.platformConnection.findUniqueOrThrow({ where: { id } })).pollCursor;
const addGoogleReview = async (location: string, reviewerName: string) =>
  (await (await sandbox.admin("/_sandbox/google/reviews", { location, reviewerName, starRating: 4, comment: `A fine stay, says ${reviewerName}.` })).json()) as { reviewId: string; updateTime: string };

beforeAll(async () => {
  sandbox = await startSandbox();
});
beforeEach(async () => {
  await sandbox.admin("/_sandbox/reset", {});
  calls.length = 0;
});
afterAll(async () => {
  await sandbox.sandbox.close();
  await db.$disconnect();
});

describe("polling Google connections of one account together", () => {
  it("reads both locations with one batch call and stores each new review under its own connection", async () => {
    const { lisbon, munich } = await groupOnOneAccount();
    const [lisbonCursor, munichCursor] = [await cursorOf(lisbon.id), await cursorOf(munich.id)];
    const added = await addGoogleReview(MUNICH.name, "Anna Huber");

    const summary = await pollGoogleGroup(db, [lisbon.id, munich.id], overrides());
    expect(summary).toMatchObject({ created: 1, together: 2, alone: 0, failed: 0 });
    expect(batchCalls()).toBe(1);
    expect(listCalls()).toBe(0);
    const stored = await db.review.findMany({ where: { externalId: added.reviewId } });
    expect(stored.map((r) => r.connectionId)).toEqual([munich.id]);
    expect(summary?.needDraft).toEqual([stored[0]?.id]);
    // Each cursor is its own: Munich's moved to the new review, Lisbon's stayed.
    expect(await cursorOf(munich.id)).toBe(added.updateTime);
    expect(await cursorOf(lisbon.id)).toBe(lisbonCursor);
    expect(munichCursor).not.toBe(added.updateTime);

    // Nothing new: one call, nothing stored, cursors unchanged.
    calls.length = 0;
    expect(await pollGoogleGroup(db, [lisbon.id, munich.id], overrides())).toMatchObject({ created: 0, updated: 0 });
    expect(batchCalls()).toBe(1);
    expect(await cursorOf(munich.id)).toBe(added.updateTime);
  });

  it("leaves a paused member alone and reads one that now uses another grant on its own", async () => {
    const { lisbon, munich } = await groupOnOneAccount();
    await db.platformConnection.update({ where: { id: munich.id }, data: { status: "PAUSED" } });
    const added = await addGoogleReview(MUNICH.name, "Paused Guest");
    expect(await pollGoogleGroup(db, [lisbon.id, munich.id], overrides())).toMatchObject({ together: 0, alone: 1, created: 0 });
    expect(await db.review.count({ where: { externalId: added.reviewId } })).toBe(0);
    expect(batchCalls()).toBe(0);

    const other = await groupOnOneAccount({ ...GOOGLE_SANDBOX_CLIENT, refreshToken: "another-grant" });
    // Read before (its grant was fine then), so only the grant keeps it out of the group.
    await db.platformConnection.update({ where: { id: other.munich.id }, data: { pollCursor: await cursorOf(other.lisbon.id), status: "ACTIVE" } });
    calls.length = 0;
    const summary = await pollGoogleGroup(db, [other.lisbon.id, other.munich.id], overrides());
    // Munich's grant is not Lisbon's: each is read on its own, and Munich's failure is Munich's.
    expect(summary).toMatchObject({ together: 0, alone: 1, failed: 1 });
    expect(batchCalls()).toBe(0);
    expect(await db.platformConnection.findUniqueOrThrow({ where: { id: other.munich.id } })).toMatchObject({ status: "ERROR" });
    expect(await db.platformConnection.findUniqueOrThrow({ where: { id: other.lisbon.id } })).toMatchObject({ status: "ACTIVE", lastError: null });
  });

  it("falls back to one listing per connection when the batch fails, so one bad location does not stop the others", async () => {
    const { tenant, lisbon, munich } = await groupOnOneAccount();
    const goneHotel = await createProperty(db, {
      organizationId: tenant.organization.id, name: "Closed hotel", city: "Porto", country: "Portugal", timeZone: "Europe/Lisbon", languages: ["pt"], signatoryName: "X", signatoryTitle: "GM",
    });
    const gone = await createConnection(db, { organizationId: tenant.organization.id, propertyId: goneHotel.id, platform: "GOOGLE", externalLocationId: "accounts/1001/locations/9999", credentials: GOOGLE_SANDBOX_CLIENT });
    await db.platformConnection.update({ where: { id: gone.id }, data: { pollCursor: new Date().toISOString() } });
    const added = await addGoogleReview(LISBON.name, "Rui Costa");

    const summary = await pollGoogleGroup(db, [lisbon.id, munich.id, gone.id], overrides());
    expect(batchCalls()).toBe(1); // Google answered 404 for the whole batch
    expect(summary).toMatchObject({ together: 0, alone: 2, failed: 1, created: 1 });
    expect((await db.review.findFirstOrThrow({ where: { externalId: added.reviewId } })).connectionId).toBe(lisbon.id);
    const failed = await db.platformConnection.findUniqueOrThrow({ where: { id: gone.id } });
    expect(failed.lastError).toMatch(/not found|404/i);
    expect(await db.platformConnection.findUniqueOrThrow({ where: { id: munich.id } })).toMatchObject({ status: "ACTIVE", lastError: null });
  });

  it("on Google's rate limit records it on every member, keeps their cursors and lets the job wait", async () => {
    const { lisbon, munich } = await groupOnOneAccount();
    const before = [await cursorOf(lisbon.id), await cursorOf(munich.id)];
    await sandbox.admin("/_sandbox/faults", { google: { status: 429, count: 1, retryAfterSeconds: 7 } });
    const error = await pollGoogleGroup(db, [lisbon.id, munich.id], overrides()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ kind: "rate_limited", retryAfterMs: 7000 });
    expect(listCalls()).toBe(0); // no N single listings on top of a 429
    for (const id of [lisbon.id, munich.id]) expect((await db.platformConnection.findUniqueOrThrow({ where: { id } })).lastError).toBeTruthy();
    expect([await cursorOf(lisbon.id), await cursorOf(munich.id)]).toEqual(before);
  });

  it("returns null when none of the connections is left", async () => {
    expect(await pollGoogleGroup(db, ["no-such-connection"], overrides())).toBeNull();
  });
});
