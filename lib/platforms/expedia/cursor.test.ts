import { describe, expect, it } from "vitest";
import { formatCursor, ListingWalk, LOOKBACK_MS, parseCursor, reviewKey, updatedDateFilter } from "./cursor";

const at = (iso: string) => new Date(iso);

describe("Expedia listing cursor", () => {
  it("round-trips, and a cursor that cannot be read means a full walk", () => {
    const cursor = { newest: Date.parse("2025-05-31T10:00:00Z"), seen: new Set(["b@2", "a@1"]) };
    const text = formatCursor(cursor);
    expect(text).toBe('{"v":1,"t":"2025-05-31T10:00:00.000Z","seen":["a@1","b@2"]}');
    expect(parseCursor(text)).toEqual(cursor);
    for (const junk of ["2025-05-31T10:00:00Z", "{}", '{"v":2,"t":"2025-05-31T10:00:00Z","seen":[]}', "not json"]) expect(parseCursor(junk)).toBeNull();
    expect(parseCursor(null)).toBeNull();
  });

  it("asks Expedia for whole days from a day before the look-back window to a day after now", () => {
    const since = { newest: Date.parse("2025-05-31T10:00:00Z"), seen: new Set<string>() };
    expect(updatedDateFilter(since, Date.parse("2025-06-02T23:30:00Z"))).toEqual({ from: "2025-05-28", to: "2025-06-03" });
    // A platform clock ahead of ours still falls inside the range.
    expect(updatedDateFilter(since, Date.parse("2025-05-30T00:00:00Z")).to).toBe("2025-06-01");
  });

  it("yields only what is new or changed, skips repeats, and moves the cursor to the newest seen", () => {
    const first = new ListingWalk(null);
    expect(first.take("a", at("2025-05-01T00:00:00Z"))).toBe(true);
    expect(first.take("b", at("2025-05-30T00:00:00Z"))).toBe(true);
    expect(first.take("b", at("2025-05-30T00:00:00Z"))).toBe(false); // repeated across a page boundary
    expect(first.take("c", at("2025-05-31T00:00:00Z"))).toBe(true);
    const cursor = first.finish();
    expect(cursor).toEqual({
      newest: Date.parse("2025-05-31T00:00:00Z"),
      // "a" is older than the look-back window: not kept.
      seen: new Set([reviewKey("b", at("2025-05-30T00:00:00Z")), reviewKey("c", at("2025-05-31T00:00:00Z"))]),
    });

    const second = new ListingWalk(cursor);
    expect(second.isOld(at("2025-05-28T23:59:59Z"))).toBe(true);
    expect(second.take("a", at("2025-05-01T00:00:00Z"))).toBe(false); // old: covered by the first walk
    expect(second.take("b", at("2025-05-30T00:00:00Z"))).toBe(false); // seen
    expect(second.take("b", at("2025-06-01T00:00:00Z"))).toBe(true); // edited
    expect(second.take("d", at("2025-05-30T12:00:00Z"))).toBe(true); // surfaced late, inside the window
    expect(second.take("c", at("2025-05-31T00:00:00Z"))).toBe(false);
    const next = second.finish();
    expect(next?.newest).toBe(Date.parse("2025-06-01T00:00:00Z"));
    expect([...(next?.seen ?? [])].sort()).toEqual(
      [reviewKey("b", at("2025-06-01T00:00:00Z")), reviewKey("b", at("2025-05-30T00:00:00Z")), reviewKey("c", at("2025-05-31T00:00:00Z")), reviewKey("d", at("2025-05-30T12:00:00Z"))].sort(),
    );
    expect(LOOKBACK_MS).toBe(2 * 86_400_000);
  });

  it("keeps a broken copy of a stored review known, and finishes with nothing when nothing was ever seen", () => {
    const cursor = { newest: Date.parse("2025-05-31T00:00:00Z"), seen: new Set([reviewKey("a", at("2025-05-30T00:00:00Z"))]) };
    const walk = new ListingWalk(cursor);
    expect(walk.knownDespiteBroken("a", at("2025-05-30T00:00:00Z"))).toBe(true);
    expect(walk.knownDespiteBroken("z", at("2025-05-30T00:00:00Z"))).toBe(false);
    expect(formatCursor(walk.finish() ?? { newest: 0, seen: new Set() })).toBe(formatCursor(cursor));
    expect(new ListingWalk(null).finish()).toBeNull();
  });
});
