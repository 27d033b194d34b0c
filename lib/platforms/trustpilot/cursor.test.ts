import { describe, expect, it } from "vitest";
import { ChangeTracker, decodeCursor, encodeCursor, startDateTime, type TrustpilotCursor } from "./cursor";

const cursor: TrustpilotCursor = { v: 1, at: "2025-05-31T12:00:00.000Z", ids: ["a", "b"], fullAt: "2025-06-01T00:00:00.000Z" };
const at = (iso: string) => new Date(iso);

describe("Trustpilot listing cursor", () => {
  it("round-trips, and treats anything it did not write as no cursor (a full walk)", () => {
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    for (const junk of [null, "", "2025-05-31T12:00:00Z", "{}", '{"v":2,"at":null,"ids":[],"fullAt":"2025-06-01T00:00:00.000Z"}', "{not json"]) {
      expect(decodeCursor(junk)).toBeNull();
    }
  });

  it("formats startDateTime the way Trustpilot documents it", () => {
    expect(startDateTime(Date.parse("2025-05-17T12:34:56.789Z"))).toBe("2025-05-17T12:34:56");
  });

  it("calls a change news when it is later than the cursor, or in the same second but not yet seen", () => {
    const tracker = new ChangeTracker(cursor);
    expect(tracker.isNew("c", at("2025-05-31T12:00:01Z"))).toBe(true);
    expect(tracker.isNew("c", at("2025-05-31T12:00:00Z"))).toBe(true);
    expect(tracker.isNew("a", at("2025-05-31T12:00:00Z"))).toBe(false);
    expect(tracker.isNew("z", at("2025-05-31T11:59:59Z"))).toBe(false);
    expect(tracker.isOld(at("2025-05-31T12:00:00Z"))).toBe(true);
    // A broken copy of a review changed in the cursor's second: old if it is one seen then, news if not.
    expect(tracker.isOld(at("2025-05-31T12:00:00Z"), "a")).toBe(true);
    expect(tracker.isOld(at("2025-05-31T12:00:00Z"), "c")).toBe(false);
    expect(tracker.isOld(at("2025-05-31T11:59:59Z"), "c")).toBe(true);
    expect(new ChangeTracker(null).isNew("a", at("2000-01-01T00:00:00Z"))).toBe(true);
    expect(new ChangeTracker(null).isOld(at("2000-01-01T00:00:00Z"))).toBe(false);
  });

  it("moves to the newest change and remembers every review changed in that second", () => {
    const tracker = new ChangeTracker(cursor);
    tracker.record("c", at("2025-05-31T12:00:00Z"));
    expect(tracker.next(cursor.fullAt)).toEqual({ ...cursor, ids: ["a", "b", "c"] });
    tracker.record("e", at("2025-06-01T09:00:00Z"));
    tracker.record("d", at("2025-06-01T09:00:00Z"));
    tracker.record("f", at("2025-06-01T08:00:00Z"));
    expect(tracker.next("2025-06-01T10:00:00.000Z")).toEqual({ v: 1, at: "2025-06-01T09:00:00.000Z", ids: ["d", "e"], fullAt: "2025-06-01T10:00:00.000Z" });
  });

  it("starts from nothing when there is no cursor", () => {
    const tracker = new ChangeTracker(null);
    expect(tracker.next("2025-06-01T10:00:00.000Z")).toEqual({ v: 1, at: null, ids: [], fullAt: "2025-06-01T10:00:00.000Z" });
  });
});
