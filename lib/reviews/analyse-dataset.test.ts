import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyseReview, type ReviewAnalysis } from "./analyse";
import { splitSentences } from "./text";

// Broad properties of the analyser on the development review set, which is kept outside the repository
// (no licence to copy it). Skipped when the file is not there. Thresholds sit a few points under what was
// measured when they were set (figures in the comments), so a regression fails while small lexicon
// changes do not.
const DATASET = "/work/shared/data/reviews-dev.jsonl";

type Row = { id: string; rating: number; title: string | null; text: string | null };

const rows: Row[] = existsSync(DATASET)
  ? readFileSync(DATASET, "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Row)
  : [];

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
/** The whole set takes ~3 s on an idle machine; far longer on a shared, busy one. */
const SLOW = 240_000;

describe.skipIf(rows.length === 0)("review analysis on the development set", () => {
  const analysed: { row: Row; a: ReviewAnalysis }[] = [];

  it("analyses every review, fast", () => {
    for (const row of rows.slice(0, 200)) analyseReview(row); // warm the lexicons
    // CPU time, not wall time: other work on a busy machine must not fail this test.
    const started = process.cpuUsage();
    const wall = performance.now();
    for (const row of rows) analysed.push({ row, a: analyseReview(row) });
    const used = process.cpuUsage(started);
    const cpuMillis = (used.user + used.system) / 1000 / rows.length;
    const wallMillis = (performance.now() - wall) / rows.length;
    console.info(`analysed ${rows.length} reviews: ${cpuMillis.toFixed(3)} ms CPU, ${wallMillis.toFixed(3)} ms wall per review`);
    // Measured 0.5 ms on an idle 2-core machine; it runs inside every builtin draft (p95 budget 5 ms).
    expect(cpuMillis).toBeLessThan(2);
  }, SLOW);

  it("detects the language of clear cases", () => {
    // Latin-script reviews full of one language's function words, and reviews in scripts Lobby does not
    // draft in. Measured: every clear English review "en", every non-Latin review null.
    const english = analysed.filter(({ row }) => {
      const text = `${row.title ?? ""} ${row.text ?? ""}`;
      return /^[\x00-\x7F]*$/.test(text) && (text.match(/\b(the|and|was|were|with)\b/gi) ?? []).length >= 6;
    });
    const nonLatin = analysed.filter(({ row }) => /[\u0400-\u04FF\u0900-\u097F\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF\u0590-\u05FF\u0600-\u06FF]{6}/u.test(`${row.title ?? ""}${row.text ?? ""}`) && !/[a-z]{4}/i.test(row.text ?? ""));
    expect(english.length).toBeGreaterThan(1000);
    expect(share(english.filter(({ a }) => a.language === "en").length, english.length)).toBeGreaterThanOrEqual(0.99);
    expect(nonLatin.length).toBeGreaterThan(5);
    expect(nonLatin.every(({ a }) => a.language === null)).toBe(true);
    const german = analysed.filter(({ row }) => (`${row.text ?? ""}`.match(/\b(und|nicht|wir|sehr|ist|das)\b/g) ?? []).length >= 5);
    expect(german.length).toBeGreaterThan(10);
    expect(share(german.filter(({ a }) => a.language === "de").length, german.length)).toBeGreaterThanOrEqual(0.9);
  });

  it("reads the text's sentiment in line with the guest's rating", () => {
    // Judged on the text alone (rating withheld), otherwise agreement would be by construction.
    // Measured: 4-5 stars read positive 92%; 1-2 stars read mixed or negative 91%; 1 star negative 74%.
    const textOnly = rows.map((row) => ({ row, sentiment: analyseReview({ ...row, rating: null }).sentiment }));
    const happy = textOnly.filter(({ row }) => row.rating >= 4);
    const unhappy = textOnly.filter(({ row }) => row.rating <= 2);
    const oneStar = textOnly.filter(({ row }) => row.rating === 1);
    expect(share(happy.filter((x) => x.sentiment === "positive").length, happy.length)).toBeGreaterThanOrEqual(0.88);
    expect(share(unhappy.filter((x) => x.sentiment !== "positive").length, unhappy.length)).toBeGreaterThanOrEqual(0.85);
    expect(share(oneStar.filter((x) => x.sentiment === "negative").length, oneStar.length)).toBeGreaterThanOrEqual(0.65);
  }, SLOW);

  it("finds the aspects guests raise in nearly every review", () => {
    // Measured 95% of reviews with at least one aspect (the rest: one-liners, other scripts).
    expect(share(analysed.filter(({ a }) => a.aspects.length > 0).length, analysed.length)).toBeGreaterThanOrEqual(0.9);
  });

  it("flags a plausible share as URGENT, each with a reason sentence from the review", () => {
    const urgent = analysed.filter(({ a }) => a.urgency.level === "URGENT");
    const rate = share(urgent.length, analysed.length);
    console.info(`URGENT ${urgent.length} of ${analysed.length} (${(rate * 100).toFixed(1)}%)`);
    // Measured 3.1%: hotel reviews rarely report safety, hygiene, health, legal or theft issues.
    expect(rate).toBeGreaterThan(0.01);
    expect(rate).toBeLessThan(0.06);
    for (const { row, a } of urgent) {
      const findings = a.urgency.reasons.filter((r) => r.kind !== "unhappy-guest");
      expect(findings.length, row.id).toBeGreaterThan(0);
      const sentences = splitSentences(`${row.title ?? ""}\n${row.text ?? ""}`);
      for (const r of findings) expect(sentences, row.id).toContain(r.sentence);
    }
    // Findings go with unhappy guests: of 1-3 star reviews 51% are 1-2 stars, of URGENT ones 80% (measured).
    // A lexicon firing at random would sit near the base rate.
    expect(share(urgent.filter(({ row }) => row.rating <= 2).length, urgent.length)).toBeGreaterThanOrEqual(0.7);
  });

  it("makes every 1-2 star review PROMPT or URGENT, and keeps happy reviews out of URGENT", () => {
    for (const { row, a } of analysed) {
      if (row.rating <= 2) expect(["PROMPT", "URGENT"], row.id).toContain(a.urgency.level);
      if (row.rating >= 4) expect(a.urgency.level, row.id).not.toBe("URGENT");
    }
  });

  it("leaves most question marks alone: guests' questions are mostly rhetorical", () => {
    const marked = analysed.filter(({ row }) => /\?/.test(`${row.title ?? ""} ${row.text ?? ""}`));
    const asking = analysed.filter(({ a }) => a.questions.length > 0);
    // Measured: about 70 reviews with a question mark, a handful with a real question.
    expect(marked.length).toBeGreaterThan(30);
    expect(share(asking.length, marked.length)).toBeLessThan(0.25);
    for (const { a } of asking) for (const q of a.questions) expect(q.text.length).toBeGreaterThan(8);
  });
});
