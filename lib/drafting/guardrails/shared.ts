import type { PropertyProfile } from "../../voice/property-profile";
import type { VoiceRules } from "../../voice/guidelines";
import type { GuardrailFlag } from "../types";

// What every guardrail rule sees, and the small text tools they share. Rules match a folded copy of the
// reply (lower case, accents stripped, same length) so "Rückerstattung", "ruckerstattung" and
// "RÜCKERSTATTUNG" meet one pattern, while excerpts are cut from the original text at the same offsets.

export type ReplyContext = {
  /** The review's language (from its analysis); null or a language Lobby does not write: not checked. */
  reviewLanguage: string | null;
  /** Title and text of the review: what the guest raised, as opposed to what a reply invents. */
  reviewText: string | null;
  /** The author's display name on the platform ("Anna K."). */
  authorName: string | null;
  /** Stars, 1-5; a five-star review answered with an apology gets a note. */
  rating?: number | null;
  /** Platform enum value ("GOOGLE", "BOOKING"); unknown: no length limit checked. */
  platform: string;
  voice?: VoiceRules;
  profile?: PropertyProfile;
  property: { name: string; city: string; signatoryName?: string; signatoryTitle?: string };
};

/** A rule: the checked reply (own names blanked out) and its context, returning findings. */
export type Rule = (reply: CheckedText, context: PreparedContext) => GuardrailFlag[];

const FOLDED = new Map<string, string>();

/** One character folded to one character, so offsets in the folded text match the original. */
function foldChar(c: string): string {
  let f = FOLDED.get(c);
  if (f === undefined && (c === "’" || c === "‘")) f = "'";
  if (f === undefined) {
    const lower = c.toLowerCase();
    const base = lower.normalize("NFD").replace(/\p{M}+/gu, "");
    f = base.length === 1 ? base : lower.length === 1 ? lower : c;
    FOLDED.set(c, f);
  }
  return f;
}

/** Lower case without accents, same length as the input: "Réduction" -> "reduction". */
export function foldSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower.replace(/[^\x00-\x7f]/g, foldChar);
  let out = "";
  for (const c of text) out += c.length === 1 ? foldChar(c) : c;
  return out;
}

export type CheckedText = {
  /** The reply with the property's own name, city and signatory blanked, so "Hotel 1898" is not a number. */
  text: string;
  /** `text` folded (same offsets). */
  folded: string;
};

export type PreparedContext = ReplyContext & {
  /** Folded profile amenities and facts, one string: what a reply may state. */
  profileText: string;
  /** Folded review title and text. */
  reviewFolded: string;
};

export function prepareContext(context: ReplyContext): PreparedContext {
  const profile = context.profile;
  const profileText = profile
    ? foldSameLength([...profile.amenities, ...profile.facts, profile.email ?? "", profile.phone ?? "", profile.website ?? ""].join(" \n "))
    : "";
  return { ...context, profileText, reviewFolded: foldSameLength(context.reviewText ?? "") };
}

/** Blanks the hotel's own strings (same length) so its name, city and signatory never trip a rule. */
export function checkedText(reply: string, context: ReplyContext): CheckedText {
  let text = reply;
  let folded = foldSameLength(reply);
  const own = [context.property.name, context.property.city, context.property.signatoryName, context.property.signatoryTitle]
    .map((s) => foldSameLength((s ?? "").trim()))
    .filter((s) => s.length >= 2)
    .sort((a, b) => b.length - a.length);
  for (const needle of own) {
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
      const blank = " ".repeat(needle.length);
      text = text.slice(0, at) + blank + text.slice(at + needle.length);
      folded = folded.slice(0, at) + blank + folded.slice(at + needle.length);
    }
  }
  return { text, folded };
}

/** Words that turn a statement around in Lobby's languages ("we cannot offer a refund"). */
const NEGATION = /\b(not|no|never|cannot|can't|cant|unable|without|ohne|sans|sin|senza|sem|zonder|nicht|keineswegs|keinesfalls|kein|keine|keinen|keiner|nie|niemals|ne|n'|pas|jamais|aucun|aucune|nunca|ningun|ninguna|non|mai|nessun|nessuna|nessuno|nao|nenhum|nenhuma|niet|geen|nooit)\b/;

/** Whether the few words before `index` (within the sentence) negate what follows. */
export function negatedAt(folded: string, index: number, words = 5): boolean {
  const before = folded.slice(Math.max(0, index - 60), index);
  const sentence = before.split(/[.!?;\n]/).pop() ?? "";
  const tail = sentence.split(/\s+/).filter(Boolean).slice(-words).join(" ");
  return NEGATION.test(tail) || /n't\b/.test(tail);
}

/** The sentence around `index`, for context in a flag's excerpt. */
export function excerptAt(text: string, index: number, length: number): string {
  return text.slice(index, index + length).replace(/\s+/g, " ").trim();
}

/** All matches of a global regex in the folded reply, with the original words. */
export function* matchesIn(reply: CheckedText, pattern: RegExp): Generator<{ index: number; length: number; words: string; groups: string[] }> {
  pattern.lastIndex = 0;
  for (const m of reply.folded.matchAll(pattern)) {
    yield { index: m.index, length: m[0].length, words: excerptAt(reply.text, m.index, m[0].length), groups: m.slice(1).map((g) => g ?? "") };
  }
}

/** Builds a regex from alternatives written for folded text, as whole words. */
export function wordsPattern(alternatives: readonly string[], flags = "gu"): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, flags);
}

/** Keeps one flag per code and excerpt. */
export function uniqueFlags(flags: GuardrailFlag[]): GuardrailFlag[] {
  const seen = new Set<string>();
  return flags.filter((f) => {
    const key = `${f.code}:${(f.excerpt ?? "").toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
