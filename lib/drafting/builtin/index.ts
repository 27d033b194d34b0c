import { analyseReview } from "../../reviews/analyse";
import { isSupportedLanguage, type SupportedLanguage } from "../../reviews/language-profiles";
import { hashSeed, mulberry32 } from "../../random";
import { DEFAULT_VOICE } from "../../voice/guidelines";
import { foldSameLength } from "../guardrails/shared";
import type { DraftInput, DraftPart, DraftProvider, DraftResult } from "../types";
import { composeBody, continueAfterGreeting, extraSentence, type Body, type ComposeSettings } from "./compose";
import { LIVELY, ONCE_PER_REPLY, PHRASE_BANKS, phraseBank } from "./phrases";
import { withLearnedPhrase } from "./learned-phrases";
import { planReply, type ReplyPlan } from "./plan";
import { Picker } from "./random";
import { registerFor } from "./register";
import { normalise, Renderer, startOf } from "./render";
import { greetingPart, phrasesToUse, rulesForVariant, signOffPart, wordCount } from "./voice";

/** Bump when phrase banks or planning change, so stored drafts say which version wrote them. */
export const BUILTIN_PROMPT_VERSION = "builtin-6";

/** Settings text goes into the signature only; keep it to one tidy line each. */
function clean(value: string | null | undefined): string {
  return (value ?? "").replace(/[\u0000-\u001f\u007f<>{}[\]]/g, " ").replace(/\s+/g, " ").trim();
}

type Remembered = { sentences: string[]; start: string | null };
/** Each recent reply is read once per process: the same replies come back with every new review. */
const remembered = new Map<string, Remembered>();
const REMEMBER = 5000;

function remember(reply: string): Remembered {
  let r = remembered.get(reply);
  if (!r) {
    const paragraphs = reply.split(/\n\s*\n/);
    const body = paragraphs.length > 2 ? paragraphs.slice(1, -1) : paragraphs;
    const sentences = body.flatMap((p) => p.split(/(?<=[.!?])\s+/));
    r = { sentences: sentences.map(normalise).filter((k) => k.split(" ").length >= 4), start: sentences[0] ? startOf(sentences[0]) : null };
    if (remembered.size >= REMEMBER) remembered.delete(remembered.keys().next().value as string);
    remembered.set(reply, r);
  }
  return r;
}

/** The property's recent replies as sentences and opening words, so a new draft does not repeat them. */
function recentMemory(replies: readonly string[] | undefined) {
  const recent = new Set<string>();
  const recentStarts = new Set<string>();
  const list = (replies ?? []).slice(0, 50);
  for (const reply of list) {
    const r = remember(reply);
    for (const s of r.sentences) recent.add(s);
    if (r.start) recentStarts.add(r.start);
  }
  return { recent, recentStarts, folded: () => foldSameLength(list.join("\n")) };
}

const countWords = (body: Body) => body.flat().reduce((n, p) => n + wordCount(p.text), 0);

/** Drops optional pieces, latest first, until the body fits `maxWords`; pads it up to `minWords`. */
function fitLength(body: Body, minWords: number, maxWords: number, extra: () => DraftPart | null): Body {
  const count = () => countWords(body);
  for (let i = body.length - 1; i >= 0 && count() > maxWords; i--) {
    const paragraph = body[i]!;
    for (let j = paragraph.length - 1; j >= 0 && count() > maxWords; j--) if (paragraph[j]?.optional) paragraph.splice(j, 1);
  }
  for (let tries = 0; tries < 2 && count() < minWords; tries++) {
    const piece = extra();
    const target = body[Math.max(0, body.length - 2)];
    if (!piece || !target || target.some((p) => p.text === piece.text)) break;
    target.push(piece);
  }
  return body.filter((p) => p.length > 0);
}

function keepKnownAspects(plan: ReplyPlan, language: SupportedLanguage): ReplyPlan {
  // A bank covers every aspect the analysis knows; this guards drafts against a newer analysis.
  const known = (a: string) => a in PHRASE_BANKS[language].aspects;
  return { ...plan, praised: plan.praised.filter(known), criticised: plan.criticised.filter(known) };
}

/**
 * Lobby's offline drafter: analyses the review (language, aspects, staff names, questions), plans what
 * the reply answers, and words it from per-language phrase banks in the brand's voice, with seeded
 * variety that steers clear of the property's recent replies. Deterministic for an input and seed.
 */
export function draftBuiltin(input: DraftInput): DraftResult {
  const voice = rulesForVariant(input.voice ?? DEFAULT_VOICE, input.tone);
  const property = { name: clean(input.property.name), city: clean(input.property.city) };
  const signatory = {
    name: clean(voice.signatoryName ?? input.property.signatoryName),
    title: clean(voice.signatoryTitle ?? input.property.signatoryTitle),
    property: property.name,
  };
  const analysis = analyseReview({ rating: input.review.rating, title: input.review.title, text: input.review.text, language: input.review.language });
  const { language, bank } = phraseBank(analysis.language, `${input.review.title ?? ""} ${input.review.text ?? ""}`);
  const shorter = input.tone === "shorter";
  const maxAspects = shorter ? 2 : 4;
  const planFor = (maxPraised?: number) => keepKnownAspects(planReply({ ...input, property: { ...input.property, ...property } }, analysis, { maxAspects, maxPraised }), language);
  let plan = planFor();
  const picker = new Picker(mulberry32(hashSeed(`${BUILTIN_PROMPT_VERSION}:${input.seed}:${input.tone ?? ""}`)));
  const memory = recentMemory(input.recentReplies);
  const avoid = voice.phrasesToAvoid.map((p) => foldSameLength(p.trim())).filter(Boolean);

  const rendererFor = (lang: SupportedLanguage) =>
    new Renderer({ picker, avoid, recent: memory.recent, recentStarts: memory.recentStarts, tone: voice.tone, lively: LIVELY[lang], once: ONCE_PER_REPLY[lang], register: registerFor(lang, voice.formality) });
  const renderer = rendererFor(language);
  const settingsFor = (lang: SupportedLanguage, r: Renderer, phrases: ComposeSettings["phrases"]): ComposeSettings => ({
    bank: lang === language ? bank : PHRASE_BANKS[lang],
    language: lang,
    city: property.city,
    profile: input.property.profile,
    tone: voice.tone,
    formality: voice.formality,
    phrases,
    picker,
    renderer: r,
  });

  const bodyCount = plan.praised.length + plan.criticised.length * 2 + plan.questions.length;
  const phrases = phrasesToUse(voice, language, PHRASE_BANKS, memory.folded, bodyCount >= 5 && !shorter ? 2 : 1, picker, renderer);
  const settings = settingsFor(language, renderer, phrases);
  // A bare star rating gets a brief reply whatever the brand's shortest length: padding it only adds rote text.
  const minWords = plan.ratingOnly ? 0 : voice.minWords;
  let body = fitLength(withLearnedPhrase(composeBody(plan, settings), input.examples, language, picker, renderer), minWords, voice.maxWords, () => extraSentence(plan, settings));
  // Still too long for the brand: thank for fewer things (the most salient stay); every complaint keeps its answer.
  for (let praised = plan.praised.length - 1; praised >= 1 && countWords(body) > voice.maxWords; praised--) {
    plan = planFor(praised);
    body = fitLength(composeBody(plan, settings), minWords, voice.maxWords, () => extraSentence(plan, settings));
  }

  // Bilingual brands: the same answer again in their second language, one greeting and one signature.
  const second = voice.bilingualWith;
  if (second && second !== language && isSupportedLanguage(second)) {
    const secondRenderer = rendererFor(second);
    body.push(...composeBody(plan, settingsFor(second, secondRenderer, phrasesToUse(voice, second, PHRASE_BANKS, memory.folded, 1, picker, secondRenderer))));
  }

  const greeting = greetingPart(bank, voice, language, plan.guestName, renderer);
  continueAfterGreeting(body, bank, greeting.text);
  const signOff = signOffPart(bank, voice, language, signatory, picker, renderer);
  const polished = voice.tone === "polished";
  const paragraphs = body.map((pieces) => pieces.map((p) => (polished ? p.text.replace(/!$/, ".") : p.text)).join(" "));
  const text = [greeting.text, ...paragraphs, signOff.text].join("\n\n");
  const parts: DraftPart[] = [greeting, ...body.flat().map(({ optional: _optional, ...part }) => (polished ? { ...part, text: part.text.replace(/!$/, ".") } : part)), signOff];
  return { text, language, provider: "builtin", promptVersion: BUILTIN_PROMPT_VERSION, parts };
}

export const builtinDrafter: DraftProvider = {
  name: "builtin",
  draft: async (input) => draftBuiltin(input),
};
