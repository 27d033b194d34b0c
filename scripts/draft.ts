import { createReadStream, createWriteStream, existsSync, readFileSync, type WriteStream } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { analyseReview } from "../lib/reviews/analyse";
import { draftBuiltin } from "../lib/drafting/builtin";
import { checkReply, replyContextFor } from "../lib/drafting/guardrails";
import { draftInputFor, RecentReplies, reviewLineSchema, type BatchSettings } from "../lib/drafting/evaluation/review-line";
import type { DraftInput, DraftResult } from "../lib/drafting/types";
import { voiceRulesSchema } from "../lib/voice/guidelines";
import { propertyProfileSchema } from "../lib/voice/property-profile";

// npm run draft -- --in reviews.jsonl --out drafts.jsonl [--provider builtin|openai] [--voice voice.json]
//                  [--profile profile.json] [--signatory "Ana Costa"] [--title "General Manager"]
//
// Drafts a file of reviews (one JSON object a line, the format of ../shared/data/reviews-dev.jsonl) and
// writes { id, draft, language, flags } a line, as it goes. A line that cannot be read is reported on
// stderr with its number and reason, and the run goes on. With --provider openai the OpenAI-compatible
// endpoint from the environment writes the drafts, and Lobby's builtin drafter any it fails to write.

type Options = { in: string; out: string; provider: "builtin" | "openai"; voice?: string; profile?: string; signatory: string; title: string };

const USAGE = "Usage: npm run draft -- --in reviews.jsonl --out drafts.jsonl [--provider builtin|openai] [--voice voice.json] [--profile profile.json] [--signatory NAME] [--title TITLE]";

function parseOptions(argv: string[]): Options {
  const given = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i];
    const value = argv[i + 1];
    if (!key?.startsWith("--") || value === undefined) throw new Error(`${USAGE}\n(could not read: ${argv.slice(i).join(" ")})`);
    given.set(key.slice(2), value);
  }
  const unknown = [...given.keys()].filter((k) => !["in", "out", "provider", "voice", "profile", "signatory", "title"].includes(k));
  if (unknown.length > 0) throw new Error(`${USAGE}\n(unknown option: --${unknown.join(", --")})`);
  const provider = given.get("provider") ?? "builtin";
  if (provider !== "builtin" && provider !== "openai") throw new Error(`--provider must be builtin or openai, not "${provider}"`);
  const input = given.get("in");
  const out = given.get("out");
  if (!input || !out) throw new Error(USAGE);
  return { in: input, out, provider, voice: given.get("voice"), profile: given.get("profile"), signatory: given.get("signatory") ?? "The Guest Relations Team", title: given.get("title") ?? "" };
}

/** A JSON settings file, validated; a clear message names the file and the field that is wrong. */
function readSettingsFile<T>(path: string, what: string, parse: (value: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } }): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new Error(`Cannot read the ${what} file ${path}: ${(err as Error).message}`);
  }
  const parsed = parse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`The ${what} file ${path} is not valid: ${issue?.path.join(".") || "(top level)"}: ${issue?.message}`);
  }
  return parsed.data;
}

type Drafter = (input: DraftInput) => Promise<DraftResult & { fallbackReason?: string }>;

async function openAiDrafter(): Promise<Drafter> {
  // Loaded only when asked for: it reads the endpoint, key and model from the environment.
  const { OpenAiDrafter } = await import("../lib/drafting/openai/provider");
  const { openAiConfigFromEnv } = await import("../lib/drafting/openai/config");
  const provider = new OpenAiDrafter(openAiConfigFromEnv());
  return async (input) => {
    try {
      return await provider.draft(input);
    } catch (err) {
      return { ...draftBuiltin(input), fallbackReason: `${provider.name}: ${(err as Error).message}` };
    }
  };
}

async function write(out: WriteStream, line: string): Promise<void> {
  if (!out.write(`${line}\n`)) await once(out, "drain");
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const settings: BatchSettings = {
    signatoryName: options.signatory,
    signatoryTitle: options.title,
    ...(options.voice ? { voice: readSettingsFile(options.voice, "brand voice", (v) => voiceRulesSchema.safeParse(v)) } : {}),
    ...(options.profile ? { profile: readSettingsFile(options.profile, "property profile", (v) => propertyProfileSchema.safeParse(v)) } : {}),
  };
  const draft: Drafter = options.provider === "openai" ? await openAiDrafter() : async (input) => draftBuiltin(input);

  if (!existsSync(options.in)) throw new Error(`The reviews file ${options.in} does not exist.`);
  const lines = createInterface({ input: createReadStream(options.in, "utf8"), crlfDelay: Infinity });
  const out = createWriteStream(options.out, "utf8");
  const recent = new RecentReplies();
  let number = 0;
  let drafted = 0;
  let skipped = 0;
  let fallbacks = 0;
  for await (const raw of lines) {
    number++;
    if (!raw.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (err) {
      skipped++;
      console.error(`line ${number}: not JSON (${(err as Error).message}); skipped`);
      continue;
    }
    const parsed = reviewLineSchema.safeParse(json);
    if (!parsed.success) {
      skipped++;
      const issue = parsed.error.issues[0];
      console.error(`line ${number}: ${issue?.path.join(".") || "review"}: ${issue?.message}; skipped`);
      continue;
    }
    const review = parsed.data;
    try {
      const input = draftInputFor(review, settings, recent.for(review.hotel.name));
      const result = await draft(input);
      if (result.fallbackReason) fallbacks++;
      const language = analyseReview(input.review).language;
      const flags = checkReply(result.text, replyContextFor(input, language));
      recent.add(review.hotel.name, result.text);
      await write(out, JSON.stringify({ id: review.id, draft: result.text, language: result.language, flags }));
      drafted++;
    } catch (err) {
      skipped++;
      console.error(`line ${number} (${review.id}): could not draft: ${(err as Error).message}; skipped`);
    }
  }
  out.end();
  await once(out, "finish");
  const notes = [skipped ? `${skipped} line(s) skipped, see above` : "", fallbacks ? `${fallbacks} written by the builtin drafter after the LLM failed` : ""].filter(Boolean);
  console.error(`Drafted ${drafted} review(s) into ${options.out}${notes.length ? ` (${notes.join("; ")})` : ""}.`);
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exitCode = 1;
});
