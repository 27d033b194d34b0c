import { describe, expect, it } from "vitest";
import { ASPECTS } from "../../../reviews/aspect-lexicon";
import { apologises, guardrailIssues } from "../../guardrails";
import { allExpansions, placeholdersOf } from "../template";
import { PHRASE_BANKS } from ".";
import { ptPT } from "./pt-pt";
import type { PhraseBank } from "./types";

const banks: [string, string, PhraseBank][] = [
  ...Object.entries(PHRASE_BANKS).map(([lang, bank]) => [lang, lang, bank] as [string, string, PhraseBank]),
  ["pt-PT", "pt", ptPT],
];

/** Every template of a bank with the slot it sits in and the values it may use. */
function* templates(bank: PhraseBank): Generator<{ slot: string; template: string; values: string[] }> {
  const common = ["inCity", "city"];
  for (const t of bank.greeting.named) yield { slot: "greeting", template: t, values: ["name"] };
  for (const t of bank.greeting.anonymous) yield { slot: "greeting", template: t, values: [] };
  for (const [tone, list] of Object.entries(bank.opening)) for (const t of list) yield { slot: `opening:${tone}`, template: t, values: common };
  for (const [tone, list] of Object.entries(bank.ratingOnly)) for (const t of list) yield { slot: `rating:${tone}`, template: t, values: common };
  for (const [tone, list] of Object.entries(bank.closing)) for (const t of list) yield { slot: `closing:${tone}`, template: t, values: common };
  for (const t of bank.generalPraise) yield { slot: "general-praise", template: t, values: common };
  for (const t of bank.generalComplaint) yield { slot: "general-complaint", template: t, values: common };
  for (const t of bank.staffNamed) yield { slot: "staff-named", template: t, values: [...common, "names"] };
  for (const t of [...bank.question, ...bank.contact]) yield { slot: "contact", template: t, values: common };
  for (const t of bank.signOff) yield { slot: "sign-off", template: t, values: [] };
  for (const aspect of ASPECTS) {
    const p = bank.aspects[aspect];
    const forms = Object.keys(p.forms);
    for (const t of [...p.praise, ...bank.praise]) yield { slot: `praise:${aspect}`, template: t, values: [...common, ...forms] };
    for (const t of p.complaint) yield { slot: `complaint:${aspect}`, template: t, values: [...common, ...forms] };
    for (const t of [...bank.nextStep, ...bank.lightComplaint]) yield { slot: `next:${aspect}`, template: t, values: [...common, ...forms] };
  }
}

describe.each(banks)("phrase bank %s", (_name, language, bank) => {
  it("offers several alternatives in every slot", () => {
    for (const list of [...Object.values(bank.opening), ...Object.values(bank.closing), bank.praise, bank.nextStep, bank.lightComplaint, bank.contact]) {
      expect(list.length).toBeGreaterThanOrEqual(3);
    }
    for (const aspect of ASPECTS) {
      expect(bank.aspects[aspect].praise.length, aspect).toBeGreaterThanOrEqual(2);
      expect(bank.aspects[aspect].complaint.length, aspect).toBeGreaterThanOrEqual(2);
      expect(bank.aspects[aspect].forms.team, aspect).toBeTruthy();
    }
  });

  it("only uses placeholders it can fill", () => {
    for (const { slot, template, values } of templates(bank)) {
      for (const key of placeholdersOf(template)) expect(values, `${slot}: ${template}`).toContain(key);
      expect(template.split("[").length, template).toBe(template.split("]").length);
    }
  });

  it("never offers compensation, contact details or links, in any expansion", () => {
    for (const { template } of templates(bank)) {
      for (const text of allExpansions(template)) {
        const filled = text.replace(/\{[a-zA-Z]+\}/g, "X");
        expect(guardrailIssues(filled), text).toEqual([]);
      }
    }
  });

  it("does not apologise where the review is glowing or warm", () => {
    const cheerful = [
      ...bank.opening.glowing, ...bank.opening.warm, ...bank.ratingOnly.glowing, ...bank.ratingOnly.warm,
      ...bank.closing.glowing, ...bank.closing.warm, ...bank.generalPraise, ...bank.praise, ...bank.staffNamed,
      ...bank.lightComplaint, ...ASPECTS.flatMap((a) => bank.aspects[a].praise),
    ];
    for (const t of cheerful) for (const text of allExpansions(t)) expect(apologises(text, language), text).toBe(false);
  });

  it("apologises in every complaint", () => {
    for (const aspect of ASPECTS) {
      for (const t of bank.aspects[aspect].complaint) expect(apologises(t, language), t).toBe(true);
    }
    for (const t of bank.opening.negative) expect(apologises(t, language), t).toBe(true);
  });
});
