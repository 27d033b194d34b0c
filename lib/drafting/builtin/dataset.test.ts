import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkReply, replyContextFor } from "../guardrails";
import type { DraftInput, DraftResult } from "../types";
import { draftBuiltin } from ".";
import { windowedSharedSentenceShare } from "../evaluation/variety";

// A sanity run over real reviews kept outside the repository. Skipped when the file is not there.
const DATASET = "/work/shared/data/reviews-dev.jsonl";
const SAMPLE = 300;

type Row = { id: string; platform: string; hotel: { name: string; city: string }; rating: number | null; title: string | null; text: string | null };

const rows: Row[] = existsSync(DATASET)
  ? readFileSync(DATASET, "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .slice(0, SAMPLE)
      .map((l) => JSON.parse(l) as Row)
  : [];

describe.skipIf(rows.length === 0)("builtin drafter on the development review set", () => {
  const drafts: { row: Row; input: DraftInput; draft: DraftResult }[] = [];
  let millis = 0;

  it("drafts every review without throwing", () => {
    const started = performance.now();
    for (const row of rows) {
      const input: DraftInput = {
        review: { rating: row.rating, title: row.title, text: row.text, language: null, authorName: null, platform: row.platform.toUpperCase() },
        property: { name: row.hotel.name, city: row.hotel.city, signatoryName: "Jordan Lee", signatoryTitle: "General Manager" },
        seed: row.id,
      };
      drafts.push({ row, input, draft: draftBuiltin(input) });
    }
    millis = (performance.now() - started) / rows.length;
    console.info(`drafted ${rows.length} reviews, ${millis.toFixed(2)} ms per draft`);
    expect(drafts).toHaveLength(rows.length);
  });

  it("writes non-empty, signed, safe drafts, mostly in English", () => {
    let english = 0;
    for (const { row, input, draft } of drafts) {
      expect(draft.text.trim().length, row.id).toBeGreaterThan(80);
      expect(draft.text, row.id).toContain("Jordan Lee");
      const flags = checkReply(draft.text, replyContextFor(input, draft.language)).filter((f) => f.blocking);
      expect(flags, `${row.id}: ${draft.text}`).toEqual([]);
      if (draft.language === "en") english += 1;
    }
    expect(english / drafts.length).toBeGreaterThan(0.9);
  });

  it("answers what the reviews talk about and varies its wording", () => {
    const answered = drafts.filter(({ draft }) => draft.parts.some((p) => p.answers.startsWith("aspect:")));
    expect(answered.length / drafts.length).toBeGreaterThan(0.7);
    expect(new Set(drafts.map(({ draft }) => draft.text)).size).toBe(drafts.length);
    const byHotel = new Map<string, DraftResult[]>();
    for (const { row, draft } of drafts) byHotel.set(row.hotel.name, [...(byHotel.get(row.hotel.name) ?? []), draft]);
    for (const [hotel, list] of byHotel) {
      if (list.length < 20) continue;
      const share = windowedSharedSentenceShare(list, 20);
      console.info(`${hotel}: ${list.length} drafts, ${(share * 100).toFixed(1)}% shared sentences per 20 drafts`);
      expect(share, hotel).toBeLessThan(0.35);
    }
  });
});
