import { z } from "zod";
import { fold } from "../reviews/text";
import type { VoiceRules } from "./guidelines";
import { registerIn, type Register } from "./register";

// How on-brand a reply reads, 0-100, with the checks behind the number: the brand's greeting and
// sign-off for the reply's language, its phrases used and avoided, the register (Sie/du, vous/tu...) and
// the body's length. Pure and cheap: it runs on every draft and on every staff edit as they type.

export const VOICE_CHECKS = ["greeting", "signOff", "phrasesUsed", "phrasesAvoided", "formality", "length"] as const;
export type VoiceCheckName = (typeof VOICE_CHECKS)[number];

const checkSchema = z.object({ status: z.enum(["pass", "partial", "fail"]), note: z.string() });
export type VoiceCheck = z.infer<typeof checkSchema>;

export const voiceReportSchema = z.object({
  score: z.number().int().min(0).max(100),
  language: z.string().nullable(),
  checks: z.object({
    greeting: checkSchema,
    signOff: checkSchema,
    phrasesUsed: checkSchema,
    phrasesAvoided: checkSchema,
    formality: checkSchema,
    length: checkSchema,
  }),
});
export type VoiceReport = z.infer<typeof voiceReportSchema>;

/** A stored report that no longer parses reads as "not scored" rather than breaking the page. */
export function readVoiceReport(stored: unknown): VoiceReport | null {
  const parsed = voiceReportSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/** Avoided phrases and the register matter most: they are what a brand notices first. */
const WEIGHTS: Record<VoiceCheckName, number> = { greeting: 15, signOff: 15, phrasesUsed: 15, phrasesAvoided: 20, formality: 20, length: 15 };
const CREDIT = { pass: 1, partial: 0.5, fail: 0 } as const;

export type VoiceScoreOptions = {
  rules: VoiceRules;
  /** The reply's language (usually the review's); null: only language-free checks are precise. */
  language: string | null;
  /** The first name the greeting may use ("Anna"), or null. */
  guestName: string | null;
  /** Who signs: the brand's signatory override, else the property's. */
  signatoryName?: string | null;
};

const flat = (text: string) => fold(text.replace(/[’‘]/g, "'")).replace(/[^\p{L}\p{N}'{}]+/gu, " ").trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const wholeWords = (needle: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(needle)}(?![\\p{L}\\p{N}])`, "u");
const quote = (s: string) => `“${s.length > 60 ? `${s.slice(0, 57)}…` : s}”`;
const countWords = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Greetings staff and guests recognise, in Lobby's languages (folded). */
const GREETING =
  /^(dear|hello|hi|hey|good (morning|afternoon|evening)|greetings|liebe[rs]?|hallo|guten (tag|morgen|abend)|sehr geehrte[rs]?|moin|servus|gruss gott|bonjour|bonsoir|cher|chere|chers|cheres|salut|hola|estimad[oa]s?|querid[oa]s?|buen(os|as) (dias|tardes|noches)|gentil[ei]|gentilissim[oa]|car[oaie]|ciao|buongiorno|buonasera|salve|ola|prezad[oa]s?|bom dia|boa (tarde|noite)|beste|geachte|dag|hoi|goedemiddag|goedendag|goedemorgen)\b/;

/** Closing formulas, folded; a reply ending with one of them (or the signatory's name) is signed. */
const CLOSING =
  /\b((best|kind|warm|warmest|kindest|with (best|kind|warm)) (regards|wishes)|regards|sincerely|yours (truly|sincerely)|all the best|cheers|mit (freundlichen|herzlichen|besten) grussen|(herzliche|freundliche|beste|viele|liebe|sonnige) grusse|cordialement|bien (cordialement|a vous)|a (tres )?bientot|(sinceres|meilleures) salutations|(un )?(cordial )?saludos?|atentamente|cordiales saludos|un (fuerte )?abrazo|(cordiali|distinti|cari) saluti|un (caro )?saluto|a presto|(com os )?(melhores )?cumprimentos|atenciosamente|(um )?abraco|saudacoes|(met )?(vriendelijke|hartelijke) groet(en)?|groeten|tot ziens)\b/;

const ANY_NAME = "(?:[\\p{L}'.-]+(?:\\s+[\\p{L}'.-]+){0,2})?";
const literal = (s: string) => escape(flat(s));

/**
 * A regex for the start of a line written from a brand template: "{name}" stands for any short name (or
 * none), "Liebe/r" for "Liebe" or "Lieber", "Caro/a" for "Caro" or "Cara", "Madame/Monsieur" for either.
 */
function templatePattern(template: string): RegExp | null {
  const words = template.replace(/[.,;:!?]+\s*$/, "").trim().split(/\s+/);
  let literals = 0;
  const parts = words.map((word) => {
    if (word.includes("{name}")) {
      const [before = "", after = ""] = word.split("{name}");
      return `${literal(before)}${ANY_NAME}${literal(after)}`;
    }
    literals += 1;
    const [first = "", second] = word.split("/", 2);
    if (second === undefined) return literal(word);
    // A short second half is an ending: "Liebe/r" adds it (Lieber), "Caro/a" swaps it in (Cara).
    const forms = second.length <= 3 ? [first, first + second, first.slice(0, -second.length) + second] : [first, second];
    return `(?:${forms.map(literal).join("|")})`;
  });
  if (literals === 0) return null;
  return new RegExp(`^${parts.filter(Boolean).join("\\s*")}`, "u");
}

function greetingCheck(lines: string[], rules: VoiceRules, language: string | null, guestName: string | null): VoiceCheck {
  const first = lines[0] ?? "";
  const expected = language ? rules.greetings[language as keyof VoiceRules["greetings"]] : undefined;
  const line = flat(first);
  const greets = GREETING.test(line);
  if (!expected) {
    return greets
      ? { status: "pass", note: `Opens with a greeting; the guidelines set none${language ? ` for ${language}` : ""}.` }
      : { status: "partial", note: "No greeting before the reply." };
  }
  const pattern = templatePattern(expected);
  if (pattern?.test(line)) {
    // "Dear {name}," for Anna should read "Dear Anna,": the brand's greeting without her name is half of it.
    const named = guestName && expected.includes("{name}") ? templatePattern(expected.replace("{name}", guestName)) : null;
    if (named && !named.test(line)) return { status: "partial", note: `Uses the brand's greeting ${quote(expected)} without the guest's name (${guestName}).` };
    return { status: "pass", note: `Opens with the brand's greeting ${quote(expected)}.` };
  }
  if (greets) return { status: "partial", note: `Opens with ${quote(first.trim())} rather than the brand's ${quote(expected)}.` };
  return { status: "fail", note: `No greeting; the brand opens with ${quote(expected)}.` };
}

/** Where the sign-off starts: the last closing formula or brand sign-off near the end, else the signatory. */
function signOffStart(lines: string[], expected: RegExp | null, signatory: string | null): number {
  const from = Math.max(1, lines.length - 5);
  for (let i = lines.length - 1; i >= from; i--) {
    const line = flat(lines[i] ?? "");
    if (expected?.test(line) || (line.split(" ").length <= 8 && CLOSING.test(line))) return i;
  }
  if (signatory) {
    for (let i = lines.length - 1; i >= Math.max(1, lines.length - 3); i--) if (flat(lines[i] ?? "").includes(signatory)) return i;
  }
  return -1;
}

function signOffCheck(lines: string[], rules: VoiceRules, language: string | null, signatoryName: string | null): VoiceCheck {
  const expected = language ? rules.signOffs[language as keyof VoiceRules["signOffs"]] : undefined;
  const signatory = signatoryName?.trim() ? flat(signatoryName) : null;
  const tail = flat(lines.slice(-5).join("\n"));
  const signed = signatory ? wholeWords(signatory).test(tail) : true;
  const unsigned = signatory && !signed ? ` It is not signed by ${signatoryName!.trim()}.` : "";
  const pattern = expected ? templatePattern(expected) : null;
  const start = signOffStart(lines, pattern, signatory);
  const line = start >= 0 ? flat(lines[start] ?? "") : "";
  if (expected) {
    if (pattern?.test(line)) return signed ? { status: "pass", note: `Closes with the brand's ${quote(expected)}${signatory ? `, signed by ${signatoryName!.trim()}` : ""}.` } : { status: "partial", note: `Closes with ${quote(expected)}.${unsigned}` };
    if (start >= 0) return { status: "partial", note: `Closes with ${quote((lines[start] ?? "").trim())} rather than the brand's ${quote(expected)}.${unsigned}` };
    return { status: "fail", note: `No sign-off; the brand closes with ${quote(expected)}.${unsigned}` };
  }
  if (start >= 0 && signed) return { status: "pass", note: `Signed off${signatory ? ` by ${signatoryName!.trim()}` : ""}; the guidelines set no closing${language ? ` for ${language}` : ""}.` };
  if (start >= 0 || (signatory && signed)) return { status: "partial", note: start >= 0 ? `Closing line without a signature.${unsigned}` : "Signed, but without a closing line." };
  return { status: "fail", note: "No sign-off or signature." };
}

function phrasesUsedCheck(folded: string, rules: VoiceRules): VoiceCheck {
  if (rules.phrasesToUse.length === 0) return { status: "pass", note: "The guidelines list no phrases to use." };
  const used = rules.phrasesToUse.filter((p) => wholeWords(flat(p)).test(folded));
  if (used.length > 0) return { status: "pass", note: `Uses ${used.slice(0, 3).map(quote).join(", ")}.` };
  return { status: "partial", note: `Uses none of the brand's ${rules.phrasesToUse.length} phrase${rules.phrasesToUse.length === 1 ? "" : "s"} (e.g. ${quote(rules.phrasesToUse[0]!)}).` };
}

function phrasesAvoidedCheck(folded: string, rules: VoiceRules): VoiceCheck {
  if (rules.phrasesToAvoid.length === 0) return { status: "pass", note: "The guidelines list no phrases to avoid." };
  const found = rules.phrasesToAvoid.filter((p) => wholeWords(flat(p)).test(folded));
  if (found.length === 0) return { status: "pass", note: `Avoids all ${rules.phrasesToAvoid.length} phrase${rules.phrasesToAvoid.length === 1 ? "" : "s"} the brand avoids.` };
  return { status: "fail", note: `Uses ${found.slice(0, 3).map(quote).join(", ")}, which the brand avoids.` };
}

function formalityCheck(text: string, rules: VoiceRules, language: string | null): VoiceCheck {
  const found = registerIn(text, language);
  const wanted = rules.formality;
  const other: Register = wanted === "formal" ? "informal" : "formal";
  if (!found) return { status: "pass", note: `Register not checked${language ? ` for ${language}` : ""}.` };
  if (found.kind === "style") {
    if (wanted === "informal" || found.casual.length === 0) return { status: "pass", note: found.note };
    return { status: "partial", note: `${found.note} Casual for a formal brand: ${found.casual.slice(0, 3).map(quote).join(", ")}.` };
  }
  const hits = found[wanted];
  const misses = found[other];
  if (hits.length === 0 && misses.length === 0) return { status: "pass", note: "Does not address the guest directly." };
  if (misses.length === 0) return { status: "pass", note: `${wanted === "formal" ? "Formal" : "Informal"} throughout (${hits.slice(0, 3).map(quote).join(", ")}).` };
  const slips = misses.slice(0, 3).map(quote).join(", ");
  if (hits.length > misses.length) return { status: "partial", note: `Mostly ${wanted}, but slips into ${other} address: ${slips}.` };
  return { status: "fail", note: `Addresses the guest in the ${other} register (${slips}); the brand writes ${wanted}.` };
}

/** The reply's body: without the greeting line and the sign-off block, which the length target excludes. */
function bodyWords(lines: string[], rules: VoiceRules, language: string | null, signatoryName: string | null): number {
  let body = lines;
  const first = flat(body[0] ?? "");
  if (body.length > 1 && first.split(" ").length <= 8 && GREETING.test(first)) body = body.slice(1);
  const expected = language ? rules.signOffs[language as keyof VoiceRules["signOffs"]] : undefined;
  const start = signOffStart(body, expected ? templatePattern(expected) : null, signatoryName?.trim() ? flat(signatoryName) : null);
  if (start > 0) body = body.slice(0, start);
  return countWords(body.join(" "));
}

function lengthCheck(words: number, rules: VoiceRules): VoiceCheck {
  const aim = `aim ${rules.minWords}–${rules.maxWords}`;
  if (words >= rules.minWords && words <= rules.maxWords) return { status: "pass", note: `${words} words (${aim}).` };
  const near = words >= rules.minWords * 0.75 && words <= rules.maxWords * 1.25;
  const side = words < rules.minWords ? "short" : "long";
  return { status: near ? "partial" : "fail", note: `${words} words: ${near ? "a little " : "too "}${side} (${aim}).` };
}

export function scoreVoice(text: string, options: VoiceScoreOptions): VoiceReport {
  const { rules } = options;
  const language = options.language?.toLowerCase().split(/[-_]/)[0] || null;
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  const folded = flat(text);
  const signatory = options.signatoryName ?? rules.signatoryName ?? null;
  const checks: VoiceReport["checks"] = {
    greeting: greetingCheck(lines, rules, language, options.guestName),
    signOff: signOffCheck(lines, rules, language, signatory),
    phrasesUsed: phrasesUsedCheck(folded, rules),
    phrasesAvoided: phrasesAvoidedCheck(folded, rules),
    formality: formalityCheck(text, rules, language),
    length: lengthCheck(bodyWords(lines, rules, language, signatory), rules),
  };
  if (!text.trim()) {
    for (const name of VOICE_CHECKS) checks[name] = { status: "fail", note: "The reply is empty." };
  }
  const score = VOICE_CHECKS.reduce((sum, name) => sum + WEIGHTS[name] * CREDIT[checks[name].status], 0);
  return { score: Math.round(score), language, checks };
}
