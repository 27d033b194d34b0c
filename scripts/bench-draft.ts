import { existsSync, readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { draftBuiltin } from "../lib/drafting/builtin";
import { draftInputFor, DEV_SET, RecentReplies, reviewLineSchema, type ReviewLine } from "../lib/drafting/evaluation/review-line";
import { syntheticReviews } from "../lib/drafting/evaluation/synthetic-reviews";

// npm run bench:draft [-- --reviews N]
//
// Time per builtin draft and drafts per second on one core (Node runs the drafter on one thread), over
// the development review set, or over made-up reviews in seven languages when the set is absent. Each
// draft gets its hotel's 20 latest drafts as recent replies, as in production. Wall-clock figures are
// printed beside CPU time, which other work on a shared machine does not inflate.

const TARGET_P95_MS = 5;
const TARGET_PER_SECOND = 500;
const WARM_UP = 300;

function parseCount(argv: string[]): number | null {
  if (argv.length === 0) return null;
  const n = Number(argv[1]);
  if (argv[0] !== "--reviews" || !Number.isInteger(n) || n < 1 || argv.length > 2) throw new Error("Usage: npm run bench:draft [-- --reviews N]");
  return n;
}

function loadReviews(count: number | null): { reviews: ReviewLine[]; source: string } {
  if (!existsSync(DEV_SET)) return { reviews: syntheticReviews(count ?? 5000), source: "made-up reviews in 7 languages (the development set is absent)" };
  const reviews = readFileSync(DEV_SET, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => reviewLineSchema.parse(JSON.parse(l)));
  return { reviews: count ? reviews.slice(0, count) : reviews, source: DEV_SET };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function main(): void {
  const { reviews, source } = loadReviews(parseCount(process.argv.slice(2)));
  const settings = { signatoryName: "Alex Morgan", signatoryTitle: "General Manager" };
  const warm = new RecentReplies();
  for (const r of reviews.slice(0, WARM_UP)) warm.add(r.hotel.name, draftBuiltin(draftInputFor(r, settings, warm.for(r.hotel.name))).text);

  const recent = new RecentReplies();
  const wall: number[] = [];
  const cpu: number[] = [];
  const startedWall = performance.now();
  const startedCpu = cpuMs();
  for (const r of reviews) {
    const input = draftInputFor(r, settings, recent.for(r.hotel.name));
    const c = cpuMs();
    const t = performance.now();
    const draft = draftBuiltin(input);
    wall.push(performance.now() - t);
    cpu.push(cpuMs() - c);
    recent.add(r.hotel.name, draft.text);
  }
  const totalWall = performance.now() - startedWall;
  const totalCpu = cpuMs() - startedCpu;
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);

  const row = (label: string, values: number[], total: number) =>
    `${label.padEnd(6)}${(total / values.length).toFixed(2).padStart(8)}${quantile(values, 0.5).toFixed(2).padStart(8)}${quantile(values, 0.95).toFixed(2).padStart(8)}${quantile(values, 0.99).toFixed(2).padStart(8)}${Math.round((1000 * values.length) / total).toString().padStart(12)}`;
  console.log(`\nBuiltin drafter, ${reviews.length} drafts from ${source}`);
  console.log(`Machine: ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(2)} (other work inflates wall-clock times; CPU time is the drafter's own).\n`);
  console.log(`${"ms".padEnd(6)}${"mean".padStart(8)}${"p50".padStart(8)}${"p95".padStart(8)}${"p99".padStart(8)}${"drafts/s".padStart(12)}`);
  console.log(row("wall", wall, totalWall));
  console.log(row("cpu", cpu, totalCpu));
  const p95 = quantile(cpu, 0.95);
  const perSecond = (1000 * cpu.length) / totalCpu;
  console.log(`\nTargets (CPU time, one core): p95 < ${TARGET_P95_MS} ms: ${p95 < TARGET_P95_MS ? "met" : "NOT met"} (${p95.toFixed(2)} ms); at least ${TARGET_PER_SECOND} drafts/s: ${perSecond >= TARGET_PER_SECOND ? "met" : "NOT met"} (${Math.round(perSecond)}).`);
}

try {
  main();
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
}
