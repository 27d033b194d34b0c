import { existsSync, readFileSync } from "node:fs";
import { draftBuiltin } from "../lib/drafting/builtin";
import { draftInputFor, DEV_SET, RecentReplies, reviewLineSchema, type ReviewLine } from "../lib/drafting/evaluation/review-line";
import { scorecard, VARIETY_WINDOW, type ReplyToScore, type Scorecard } from "../lib/drafting/evaluation/scorecard";

// npm run eval:drafts [-- --limit N]
//
// Drafts a reply to every review of the development set that the hotel answered itself, with Lobby's
// builtin drafter (each hotel's reviews in date order, remembering its recent drafts as production does),
// and prints the same measures for Lobby's drafts and for the hotels' own replies side by side. The
// measures are computed by one function that does not know who wrote a reply (lib/drafting/evaluation).

const EXPLANATIONS: [keyof Row, string, string][] = [
  ["aspectCoverage", "aspects answered", "mean share of the aspects a review raises (analyser) that the reply talks about (same lexicon); higher is more specific"],
  ["staffNamed", "staff named back", "of reviews praising staff by name, the share whose reply names them"],
  ["boilerplate", "boilerplate sentences", "mean share of body sentences that mention nothing the review raised; lower is more specific"],
  ["meanSimilarity", "mean pairwise similarity", "mean Jaccard similarity of word-trigram sets over all pairs of reply bodies in the window; lower varies more"],
  ["nearDuplicatePairs", "near-duplicate pairs", "share of reply pairs in the window more than half alike"],
  ["distinctOpenings", "distinct openings", "share of replies in the window whose first five body words no other reply there uses"],
  ["sharingSixGram", "replies sharing a 6-gram", "share of replies in the window repeating a six-word run of another reply there"],
  ["repeatedSixGrams", "stock text (6-grams)", "mean share of a reply's six-word runs that occur in another reply of the window; lower is less rote"],
  ["guardrailBreaksPer100", "guardrail breaks / 100", "blocking guardrail findings per 100 replies (approval's checks, no property profile)"],
  ["languageMatch", "language match", "share of replies detected in the review's language"],
  ["meanWords", "words (body)", "mean words in the reply body, greeting and signature aside"],
];

type Row = Omit<Scorecard, "variety" | "breakCodes" | "replies"> & Omit<Scorecard["variety"], "hotels">;

function parseLimit(argv: string[]): number | null {
  if (argv.length === 0) return null;
  const limit = Number(argv[1]);
  if (argv[0] !== "--limit" || !Number.isInteger(limit) || limit < 1 || argv.length > 2) throw new Error("Usage: npm run eval:drafts [-- --limit N]");
  return limit;
}

function readAnswered(limit: number | null): ReviewLine[] {
  const rows: ReviewLine[] = [];
  for (const line of readFileSync(DEV_SET, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const parsed = reviewLineSchema.safeParse(JSON.parse(line));
    if (parsed.success && parsed.data.reply?.text.trim()) rows.push(parsed.data);
    if (limit && rows.length >= limit) break;
  }
  return rows;
}

const format = (key: keyof Row, value: number | null) => {
  if (value === null) return "n/a";
  if (key === "meanWords" || key === "guardrailBreaksPer100") return value.toFixed(1);
  return `${(value * 100).toFixed(1)}%`;
};

function flatten(card: Scorecard): Row {
  const { variety, breakCodes: _codes, replies: _replies, ...rest } = card;
  const { hotels: _hotels, ...v } = variety;
  return { ...rest, ...v };
}

function main(): void {
  const limit = parseLimit(process.argv.slice(2));
  if (!existsSync(DEV_SET)) {
    console.error(`The development review set is not here (${DEV_SET}); nothing to evaluate. It is kept outside the repository.`);
    process.exitCode = 1;
    return;
  }
  const rows = readAnswered(limit);
  // Each hotel's reviews in the order they were published, so "recent replies" means what it does in production.
  const ordered = [...rows].sort((a, b) => a.hotel.name.localeCompare(b.hotel.name) || (a.published ?? "").localeCompare(b.published ?? ""));
  const recent = new RecentReplies();
  const lobby: ReplyToScore[] = [];
  const hotels: ReplyToScore[] = [];
  const started = performance.now();
  for (const row of ordered) {
    const input = draftInputFor(row, { signatoryName: "Alex Morgan", signatoryTitle: "General Manager" }, recent.for(row.hotel.name));
    const draft = draftBuiltin(input).text;
    recent.add(row.hotel.name, draft);
    const base = { hotel: row.hotel, platform: row.platform, review: { rating: row.rating, title: row.title, text: row.text } };
    lobby.push({ ...base, reply: draft });
    hotels.push({ ...base, reply: row.reply!.text });
  }
  const draftMs = performance.now() - started;
  const ours = scorecard(lobby);
  const theirs = scorecard(hotels);

  const a = flatten(ours);
  const b = flatten(theirs);
  const width = Math.max(...EXPLANATIONS.map(([, label]) => label.length)) + 2;
  console.log(`\nDrafts for ${rows.length} answered reviews of ${new Set(rows.map((r) => r.hotel.name)).size} hotels (${DEV_SET}); drafting took ${(draftMs / rows.length).toFixed(2)} ms per review.`);
  console.log(`Variety is measured within windows of ${VARIETY_WINDOW} consecutive replies of one hotel (up to 6 windows, the latest), averaged over ${ours.variety.hotels} hotels.\n`);
  console.log(`${"".padEnd(width)}${"Lobby (builtin)".padStart(18)}${"Hotels' own".padStart(16)}`);
  for (const [key, label] of EXPLANATIONS) console.log(`${label.padEnd(width)}${format(key, a[key]).padStart(18)}${format(key, b[key]).padStart(16)}`);
  console.log(`${"most frequent breaks".padEnd(width)}${(ours.breakCodes.map(([c, n]) => `${c} ${n}`).join(", ") || "none").padStart(18)}   ${theirs.breakCodes.map(([c, n]) => `${c} ${n}`).join(", ") || "none"}`);
  console.log("\nWhat each line measures:");
  for (const [, label, explanation] of EXPLANATIONS) console.log(`  ${label}: ${explanation}.`);
  console.log("  Both columns are scored by the same code on the same reviews; Lobby's drafts are signed by a made-up manager and use no property profile.");
}

try {
  main();
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
}
