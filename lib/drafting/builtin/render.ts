import type { VoiceRules } from "../../voice/guidelines";
import { foldSameLength } from "../guardrails/shared";
import type { Picker } from "./random";
import { capitalize, countWordings, expandAlternatives, fillPlaceholders, placeholdersOf, tidy } from "./template";

// Turns a slot's templates into one sentence: fills the values, applies the brand's register (du/tu/je),
// and picks among a few candidate wordings the one that never uses a phrase the brand avoids, does not
// repeat a sentence from the property's recent replies, and suits the brand's tone.

export type Values = Record<string, string | undefined>;

export type RenderContext = {
  picker: Picker;
  /** Folded phrases the brand never wants to see. */
  avoid: string[];
  /** Normalised sentences of the property's recent replies. */
  recent: Set<string>;
  /** Normalised first words of recent replies' openings. */
  recentStarts: Set<string>;
  tone: VoiceRules["tone"];
  /** Words that make a sentence lively in this language ("thrilled", "riesig"). */
  lively: RegExp;
  /** Informal register, or the identity for formal brands. */
  register: (text: string) => string;
  /** Words a native writer uses once a reply ("sincerely", "aufrichtig"): a global pattern matched on folded text. */
  once?: RegExp;
};

const ATTEMPTS = 6;
const START_WORDS = 4;

/** Lower case, letters and digits only, single spaces: how sentences are compared for repetition. */
export function normalise(sentence: string): string {
  return foldSameLength(sentence)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export const startOf = (sentence: string) => normalise(sentence).split(" ").slice(0, START_WORDS).join(" ");

/** Only templates whose placeholders all have values ("{inCity}" needs a city with a safe form). */
function usable(templates: readonly string[], values: Values): string[] {
  const ok = templates.filter((t) => placeholdersOf(t).every((k) => values[k] !== undefined));
  return ok.length > 0 ? ok : templates.filter((t) => placeholdersOf(t).length === 0);
}

/** The first two words, to avoid two sentences in a row that open the same way ("I'm truly", "I'm very": "i m"). */
const firstWords = (text: string) => normalise(text).split(" ", 2).join(" ");

/** The first three words, to keep one reply from opening sentence after sentence with "I am sorry". */
const openingOf = (text: string) => normalise(text).split(" ").slice(0, 3).join(" ");

/** Runs of three words with one long word in them: "nicht Ihren Erwartungen", "tutto il team", not "dass wir uns". */
function wordRuns(text: string): string[] {
  const words = normalise(text).split(" ");
  const runs: string[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    const run = words.slice(i, i + 3);
    if (run.some((w) => w.length >= 5)) runs.push(run.join(" "));
  }
  return runs;
}

/** The once-a-reply words of a text, by their first letters ("sincere", "sincerely" count as one). */
function onceWords(text: string, once: RegExp | undefined): string[] {
  if (!once) return [];
  return (foldSameLength(text).match(once) ?? []).map((w) => w.slice(0, 6));
}

export class Renderer {
  /** Openings of the sentences this reply already has (one renderer writes one reply). */
  private readonly openings = new Set<string>();
  /** Three-word runs and once-a-reply words this reply already has, so a sentence does not echo an earlier one. */
  private readonly runs = new Set<string>();
  private readonly onceUsed = new Set<string>();

  constructor(readonly context: RenderContext) {}

  /**
   * One sentence for `slot`, or null when every wording would use a phrase the brand avoids. `after` is
   * the sentence before it (or several: the one before and the last of the same kind): a wording opening
   * with the same two words is passed over when another one is left.
   */
  render(templates: readonly string[], slot: string, values: Values, after: string | readonly string[] = ""): string | null {
    let options = usable(templates, values);
    if (options.length === 0) options = [...templates];
    const previous = new Set((typeof after === "string" ? [after] : after).map(firstWords).filter(Boolean));
    const varied = previous.size > 0 ? options.filter((t) => !previous.has(firstWords(t))) : options;
    const pool = varied.length > 0 ? varied : options;
    let best: { text: string; penalty: number } | null = null;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      // Weighing templates by their number of wordings spreads choices evenly over all wordings.
      const chosen = this.context.picker.pick(pool, slot, countWordings);
      const filled = fillPlaceholders(expandAlternatives(chosen, this.context.picker), values).replace(/\s*\{[a-zA-Z]+\}/g, "");
      const text = capitalize(tidy(this.context.register(filled)));
      // Alternatives and the informal register can still bring back the opening the template check let through.
      const penalty = this.penalty(text, slot) + (previous.size > 0 && previous.has(firstWords(text)) ? 3 : 0);
      if (penalty === Infinity) continue;
      if (!best || penalty < best.penalty) best = { text, penalty };
      if (penalty === 0) break;
    }
    if (best) {
      for (const sentence of best.text.split(/(?<=[.!?])\s+/)) this.openings.add(openingOf(sentence));
      for (const run of wordRuns(best.text)) this.runs.add(run);
      for (const word of onceWords(best.text, this.context.once)) this.onceUsed.add(word);
    }
    return best?.text ?? null;
  }

  /** Whether a finished text (a brand phrase, a profile fact) may be used as it is. */
  allows(text: string): boolean {
    const folded = foldSameLength(text);
    return !this.context.avoid.some((p) => folded.includes(p));
  }

  private penalty(text: string, slot: string): number {
    if (!this.allows(text)) return Infinity;
    let penalty = 0;
    const key = normalise(text);
    if (this.context.recent.has(key)) penalty += 2;
    if (this.openings.has(openingOf(text))) penalty += 1;
    if (wordRuns(text).some((run) => this.runs.has(run))) penalty += 1;
    if (onceWords(text, this.context.once).some((word) => this.onceUsed.has(word))) penalty += 2;
    // Openings, and the praise a reply may lead with, should not start like a recent reply's opening.
    if (/^(?:opening|rating-only|praise|staff-named)/.test(slot) && this.context.recentStarts.has(startOf(text))) penalty += 1;
    const lively = (text.match(/!/g)?.length ?? 0) + (this.context.lively.test(text) ? 1 : 0);
    if (this.context.tone === "polished") penalty += lively * 0.5;
    if (this.context.tone === "upbeat" && lively === 0) penalty += 0.5;
    return penalty;
  }
}
