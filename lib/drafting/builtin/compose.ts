import type { Aspect } from "../../reviews/aspect-lexicon";
import type { PropertyProfile } from "../../voice/property-profile";
import type { DraftPart } from "../types";
import { factFor } from "./answers";
import { cityName } from "./city-names";
import type { ReplyPlan } from "./plan";
import type { AspectPhrases, ComplaintKind, PhraseBank } from "./phrases/types";
import type { Picker } from "./random";
import type { Renderer, Values } from "./render";
import { lowercaseFirst } from "./template";
import { weaveFragment, type PhraseToUse } from "./voice";

// Turns a reply plan into the body of the reply in one language: an opening, specific thanks, each
// complaint acknowledged with a concrete next step, answers to questions, an invitation to talk, a
// closing. Every value that reaches the text comes from the phrase bank, the hotel's own settings
// (profile facts, brand phrases), or a name that passed strict checks; review text never does.

/** A part of the body; optional parts are the first to go when the brand wants shorter replies. */
export type Piece = DraftPart & { optional?: boolean };

export type Body = Piece[][];

export type ComposeSettings = {
  bank: PhraseBank;
  language: string;
  city: string;
  profile?: PropertyProfile;
  /** The voice rules' tone and formality, for the "why" of each part. */
  tone: string;
  formality: string;
  phrases: PhraseToUse[];
  picker: Picker;
  renderer: Renderer;
};

function listNames(names: string[], and: string): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} ${and} ${names[names.length - 1]}`;
}

/** Forms of several aspects joined into one phrase: "the noise and the air conditioning". */
function joinedForms(bank: PhraseBank, aspects: Aspect[], phrasesOf: (a: Aspect) => AspectPhrases): Values {
  const first = phrasesOf(aspects[0] ?? "room").forms;
  const joined: Values = { ...first };
  for (const key of Object.keys(first)) {
    if (key === "team") continue;
    joined[key] = listNames(aspects.map((a) => phrasesOf(a).forms[key] ?? ""), bank.and);
  }
  return joined;
}

class BodyWriter {
  private readonly base: Values;
  constructor(
    private readonly plan: ReplyPlan,
    private readonly s: ComposeSettings,
  ) {
    // "in München" in German, "à Lisbonne" in French: well-known cities in the reply's language.
    const city = s.city ? cityName(s.city, s.bank.cityLanguage ?? s.language) : "";
    const inCity = city ? s.bank.inCity(city) : null;
    this.base = { inCity: inCity ?? undefined, city: inCity ? city : undefined };
  }

  /** An aspect's wordings; praise or criticism of drinks filed under food gets drink wordings, not "your meals". */
  private phrasesOf(aspect: Aspect, polarity: "positive" | "negative"): AspectPhrases {
    return aspect === "food" && this.plan.drinks[polarity] ? this.s.bank.drinks : this.s.bank.aspects[aspect];
  }

  private get toneRule() {
    return `tone: ${this.s.tone}`;
  }
  private get formalityRule() {
    return `formality: ${this.s.formality}`;
  }

  private say(templates: readonly string[], slot: string, values: Values, after: string | readonly string[] = ""): string | null {
    return this.s.renderer.render(templates, slot, { ...this.base, ...values }, after);
  }

  /** Specific thanks for this aspect more often than the generic ones, so replies stay tailored. */
  private praise(aspect: Aspect, after: string): string | null {
    const { bank, picker } = this.s;
    if (aspect === "staff" && this.plan.staffNames.length > 0) {
      return this.say(bank.staffNamed, "staff-named", { names: listNames(this.plan.staffNames, bank.and) }, after);
    }
    const phrases = this.phrasesOf(aspect, "positive");
    const values = { ...phrases.forms, ...phrases.praised };
    // Generic thanks read oddly about people ("the team behind our team"), so staff always get their own.
    const specific = aspect === "staff" || picker.chance(0.65);
    return (specific ? this.say(phrases.praise, `praise:${aspect}`, values, after) : null) ?? this.say(bank.praise, "praise", values, after);
  }

  private complaints(): Piece[] {
    const { bank } = this.s;
    const { criticised, kinds, sentences, lightCriticism } = this.plan;
    // Grouped by what happens next: one next step for "the room and the bathroom" when the same team acts.
    const groups = new Map<string, { kind: ComplaintKind | null; aspects: Aspect[] }>();
    for (const a of criticised) {
      const kind = kinds[a] ?? null;
      const key = kind ?? this.phrasesOf(a, "negative").forms.team ?? a;
      const group = groups.get(key) ?? { kind, aspects: [] };
      group.aspects.push(a);
      groups.set(key, group);
    }
    const pieces: Piece[] = [];
    const negative = (a: Aspect) => this.phrasesOf(a, "negative");
    let lastComplaint = "";
    for (const { kind, aspects } of groups.values()) {
      const values = joinedForms(bank, aspects, negative);
      const answers = aspects.map((a) => `aspect:${a}:negative`).join(",");
      const sentence = sentences[`${aspects[0]}:negative`];
      if (lightCriticism) {
        const text = this.say(bank.lightComplaint, "light", values);
        if (text) pieces.push({ text, answers, sentence, guideline: this.toneRule });
        continue;
      }
      for (const a of aspects) {
        // Neither the sentence just before nor the last apology (before a next step) may open the same way.
        const text = this.say(negative(a).complaint, `complaint:${a}`, negative(a).forms, [pieces[pieces.length - 1]?.text ?? "", lastComplaint]);
        if (!text) continue;
        lastComplaint = text;
        pieces.push({ text, answers: `aspect:${a}:negative`, sentence: sentences[`${a}:negative`], guideline: this.formalityRule });
      }
      const next = (kind ? this.say(bank.nextStepFor[kind], `next:${kind}`, values) : null) ?? this.say(bank.nextStep, "next", values);
      if (next) pieces.push({ text: next, answers: `next-step:${aspects.join(",")}`, sentence, guideline: kind ? `next step for ${kind}` : this.formalityRule });
    }
    return pieces;
  }

  private questions(): Piece[] {
    const { bank, profile, language } = this.s;
    const pieces: Piece[] = [];
    let promised = false;
    for (const q of this.plan.questions) {
      const fact = factFor(q, profile, language);
      if (fact && this.s.renderer.allows(fact)) {
        const text = this.say(bank.answer, "answer", { fact });
        if (text) pieces.push({ text, answers: "question", sentence: q.text, guideline: "property fact" });
        continue;
      }
      // One promise to follow up covers every unanswered question; a negative reply already invites contact.
      if (promised || this.plan.inviteContact) continue;
      promised = true;
      const phrases = q.topic ? bank.aspects[q.topic] : undefined;
      const topic = phrases ? { ...phrases.forms, ...phrases.asked } : undefined;
      const text = topic ? this.say(bank.questionAbout, "question", topic) : this.say(bank.question, "question", {});
      if (text) pieces.push({ text, answers: "question", sentence: q.text, guideline: this.formalityRule });
    }
    return pieces;
  }

  write(): Body {
    const { bank, phrases } = this.s;
    const plan = this.plan;
    const first: Piece[] = [];
    const second: Piece[] = [];
    const push = (list: Piece[], piece: Piece | null) => piece && piece.text && list.push(piece);
    if (plan.ratingOnly) {
      const text = this.say(bank.ratingOnly[plan.tone], "rating-only", {});
      push(first, text ? { text, answers: "rating", guideline: this.toneRule } : null);
    } else {
      const text = this.say(bank.opening[plan.tone], "opening", {});
      push(first, text ? { text, answers: "opening", guideline: this.toneRule } : null);
      for (const phrase of phrases.filter((p) => p.place === "thanks")) first.push({ text: phrase.text, answers: "opening", guideline: `phrase to use: "${phrase.text}"` });
      plan.praised.forEach((aspect, i) => {
        const text = this.praise(aspect, first[first.length - 1]?.text ?? "");
        push(first, text ? { text, answers: `aspect:${aspect}:positive`, sentence: plan.sentences[`${aspect}:positive`], guideline: this.toneRule, optional: i >= 2 } : null);
      });
      // Some replies lead with the most salient praise instead of a thank-you, so openings vary.
      const praiseAt = first.findIndex((p) => p.answers.startsWith("aspect:"));
      if (praiseAt > 0 && (plan.tone === "glowing" || plan.tone === "warm") && this.s.picker.chance(0.35)) {
        const [lead] = first.splice(praiseAt, 1);
        if (lead) first.unshift(lead);
      }
      // Something a manager must see comes first, before the aspects it may have touched.
      if (plan.serious) {
        const text = this.say(bank.serious, "serious", {});
        push(second, text ? { text, answers: `urgency:${plan.serious.kinds.join(",")}`, sentence: plan.serious.sentence, guideline: this.formalityRule } : null);
      }
      second.push(...this.complaints());
      const general = plan.tone === "glowing" || plan.tone === "warm";
      // A serious report already has its own answer; a general "we take criticism seriously" would echo it.
      if (plan.praised.length === 0 && plan.criticised.length === 0 && (general || !plan.serious)) {
        const text = this.say(general ? bank.generalPraise : bank.generalComplaint, "general", {});
        push(general ? first : second, text ? { text, answers: general ? "general:positive" : "general:negative", guideline: this.toneRule } : null);
      }
      second.push(...this.questions());
    }
    if (plan.inviteContact) {
      const text = this.say(bank.contact, "contact", {});
      push(second, text ? { text, answers: "contact", guideline: this.formalityRule } : null);
    }
    const last: Piece[] = phrases.filter((p) => p.place === "body").map((p) => ({ text: p.text, answers: "closing", guideline: `phrase to use: "${p.text}"` }));
    const closingPhrase = phrases.find((p) => p.place === "closing");
    if (closingPhrase) last.push({ text: closingPhrase.text, answers: "closing", guideline: `phrase to use: "${closingPhrase.text}"` });
    else {
      const text = this.say(bank.closing[plan.tone], "closing", {});
      push(last, text ? { text, answers: "closing", guideline: this.toneRule } : null);
    }
    const body = [first, second, last].filter((p) => p.length > 0);
    const pieces = body.flat();
    for (const phrase of phrases.filter((p) => p.place === "woven")) {
      const at = weaveFragment(pieces, phrase.text);
      const piece = pieces[at];
      if (piece) piece.guideline = [piece.guideline, `phrase to use: "${phrase.text}"`].filter(Boolean).join("; ");
    }
    return body;
  }
}

export function composeBody(plan: ReplyPlan, settings: ComposeSettings): Body {
  return new BodyWriter(plan, settings).write();
}

/**
 * German letters go on in lower case after "Hallo Jonas," (not after "Hallo Jonas!"), except for a
 * first word that is always capitalised: a noun, or the formal "Ihre" / "Sie".
 */
export function continueAfterGreeting(body: Body, bank: PhraseBank, greeting: string): void {
  const opening = body[0]?.[0];
  const firstWord = opening?.text.match(/\p{L}+/u)?.[0] ?? "";
  if (bank.lowercaseAfterGreeting?.test(firstWord) && opening && /,\s*$/.test(greeting)) body[0]![0] = { ...opening, text: lowercaseFirst(opening.text) };
}

/** A sentence that pads a reply shorter than the brand wants: more thanks, or what happens with the feedback. */
export function extraSentence(plan: ReplyPlan, settings: ComposeSettings): Piece | null {
  const general = plan.tone === "glowing" || plan.tone === "warm";
  const text = settings.renderer.render(general ? settings.bank.generalPraise : settings.bank.generalComplaint, "extra", {});
  return text ? { text, answers: general ? "general:positive" : "general:negative", guideline: "length: at least the brand's shortest reply", optional: true } : null;
}
