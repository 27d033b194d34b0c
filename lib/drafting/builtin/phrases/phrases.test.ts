import { describe, expect, it } from "vitest";
import { ASPECTS } from "../../../reviews/aspect-lexicon";
import { apologises, checkReply, type ReplyContext } from "../../guardrails";
import { allExpansions, placeholdersOf } from "../template";
import { PHRASE_BANKS } from ".";
import { ptPT } from "./pt-pt";
import { COMPLAINT_KINDS, type PhraseBank } from "./types";

const banks: [string, string, PhraseBank][] = [
  ...Object.entries(PHRASE_BANKS).map(([lang, bank]) => [lang, lang, bank] as [string, string, PhraseBank]),
  ["pt-PT", "pt", ptPT],
];

/** Every template of a bank with the slot it sits in and the values it may use. */
function* templates(bank: PhraseBank): Generator<{ slot: string; template: string; values: string[]; aspect?: string }> {
  const common = ["inCity", "city"];
  for (const t of bank.greeting.named) yield { slot: "greeting", template: t, values: ["name"] };
  for (const t of bank.greeting.anonymous) yield { slot: "greeting", template: t, values: [] };
  for (const [tone, list] of Object.entries(bank.opening)) for (const t of list) yield { slot: `opening:${tone}`, template: t, values: common };
  for (const [tone, list] of Object.entries(bank.ratingOnly)) for (const t of list) yield { slot: `rating:${tone}`, template: t, values: common };
  for (const [tone, list] of Object.entries(bank.closing)) for (const t of list) yield { slot: `closing:${tone}`, template: t, values: common };
  for (const t of bank.generalPraise) yield { slot: "general-praise", template: t, values: common };
  for (const t of bank.generalComplaint) yield { slot: "general-complaint", template: t, values: common };
  for (const t of bank.staffNamed) yield { slot: "staff-named", template: t, values: [...common, "names"] };
  for (const t of [...bank.question, ...bank.contact, ...bank.serious]) yield { slot: "contact", template: t, values: common };
  for (const t of bank.answer) yield { slot: "answer", template: t, values: [...common, "fact"] };
  for (const t of [...bank.signOff, ...bank.informal.signOff]) yield { slot: "sign-off", template: t, values: [] };
  for (const t of bank.informal.greeting.named) yield { slot: "greeting", template: t, values: ["name"] };
  for (const t of bank.informal.greeting.anonymous) yield { slot: "greeting", template: t, values: [] };
  for (const aspect of ASPECTS) {
    const p = bank.aspects[aspect];
    const forms = Object.keys(p.forms);
    for (const t of [...p.praise, ...bank.praise]) yield { slot: `praise:${aspect}`, template: t, values: [...common, ...forms], aspect };
    for (const t of p.complaint) yield { slot: `complaint:${aspect}`, template: t, values: [...common, ...forms], aspect };
    for (const t of [...bank.nextStep, ...bank.lightComplaint, ...bank.questionAbout]) yield { slot: `next:${aspect}`, template: t, values: [...common, ...forms] };
    for (const kind of COMPLAINT_KINDS) for (const t of bank.nextStepFor[kind]) yield { slot: `next:${kind}:${aspect}`, template: t, values: [...common, ...forms] };
  }
  // Drinks stand in for food when the guest wrote about cocktails or wine: the generic templates take their forms too.
  const drinkForms = [...common, ...Object.keys(bank.drinks.forms)];
  for (const t of [...bank.drinks.praise, ...bank.praise]) yield { slot: "praise:drinks", template: t, values: drinkForms, aspect: "food" };
  for (const t of bank.drinks.complaint) yield { slot: "complaint:drinks", template: t, values: drinkForms, aspect: "food" };
  for (const t of [...bank.nextStep, ...bank.lightComplaint]) yield { slot: "next:drinks", template: t, values: drinkForms };
}

describe.each(banks)("phrase bank %s", (_name, language, bank) => {
  it("offers several alternatives in every slot", () => {
    for (const list of [...Object.values(bank.opening), ...Object.values(bank.closing), bank.praise, bank.nextStep, bank.lightComplaint, bank.contact]) {
      expect(list.length).toBeGreaterThanOrEqual(3);
    }
    for (const kind of COMPLAINT_KINDS) expect(bank.nextStepFor[kind].length, kind).toBeGreaterThanOrEqual(2);
    expect(bank.questionAbout.length).toBeGreaterThanOrEqual(2);
    expect(bank.informal.greeting.named.length).toBeGreaterThanOrEqual(2);
    for (const aspect of ASPECTS) {
      expect(bank.aspects[aspect].praise.length, aspect).toBeGreaterThanOrEqual(2);
      // Three apologies per aspect, so a reply with several complaints need not open two alike.
      expect(bank.aspects[aspect].complaint.length, aspect).toBeGreaterThanOrEqual(3);
      expect(bank.aspects[aspect].forms.team, aspect).toBeTruthy();
    }
    expect(bank.drinks.praise.length).toBeGreaterThanOrEqual(3);
    expect(bank.drinks.complaint.length).toBeGreaterThanOrEqual(3);
    // The drink forms fill the same generic templates as the food forms.
    expect(Object.keys(bank.drinks.forms).sort()).toEqual(Object.keys(bank.aspects.food.forms).sort());
  });

  it("only uses placeholders it can fill", () => {
    for (const { slot, template, values } of templates(bank)) {
      for (const key of placeholdersOf(template)) expect(values, `${slot}: ${template}`).toContain(key);
      expect(template.split("[").length, template).toBe(template.split("]").length);
    }
  });

  it("passes every guardrail in every expansion: no compensation, contact details, links, amenities, blame", () => {
    // A profile that lists one amenity makes any other amenity a bank might name a blocking finding.
    // Words about parking or the pool are only used when the guest raised them, which the review shows.
    const RAISED: Record<string, string> = { parking: "parking", "pool-spa": "pool spa sauna", food: "restaurant bar" };
    const context = (aspect?: string): ReplyContext => ({
      reviewLanguage: null,
      reviewText: aspect ? (RAISED[aspect] ?? null) : null,
      authorName: null,
      platform: "GOOGLE",
      profile: { amenities: ["garden"], facts: [] },
      property: { name: "Hotel Aurora", city: "Lisbon" },
    });
    for (const { template, aspect } of templates(bank)) {
      for (const text of allExpansions(template)) {
        const filled = text.replace(/\{[a-zA-Z]+\}/g, "X");
        expect(checkReply(filled, context(aspect)).filter((f) => f.blocking), text).toEqual([]);
      }
    }
  });

  it("does not apologise where the review is glowing or warm", () => {
    const cheerful = [
      ...bank.opening.glowing, ...bank.opening.warm, ...bank.ratingOnly.glowing, ...bank.ratingOnly.warm,
      ...bank.closing.glowing, ...bank.closing.warm, ...bank.generalPraise, ...bank.praise, ...bank.staffNamed,
      ...bank.lightComplaint, ...bank.questionAbout, ...bank.answer, ...bank.informal.signOff, ...ASPECTS.flatMap((a) => bank.aspects[a].praise), ...bank.drinks.praise,
    ];
    for (const t of cheerful) for (const text of allExpansions(t)) expect(apologises(text, language), text).toBe(false);
  });

  it("apologises in every complaint", () => {
    for (const aspect of ASPECTS) {
      for (const t of bank.aspects[aspect].complaint) expect(apologises(t, language), t).toBe(true);
    }
    for (const t of bank.drinks.complaint) expect(apologises(t, language), t).toBe(true);
    for (const t of bank.opening.negative) expect(apologises(t, language), t).toBe(true);
  });
});
