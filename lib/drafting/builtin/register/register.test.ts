import { describe, expect, it } from "vitest";
import { ASPECTS } from "../../../reviews/aspect-lexicon";
import { PHRASE_BANKS } from "../phrases";
import { COMPLAINT_KINDS, type PhraseBank } from "../phrases/types";
import { allExpansions, capitalize, fillPlaceholders } from "../template";
import { TO_INFORMAL } from ".";

// The informal register is produced by rewriting formal sentences; these tests run the rules over every
// wording of every bank and check that no formal form survives and none slips into formal replies.

const FORMAL: Record<string, RegExp> = {
  de: /\b(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b/,
  fr: /\b(?:vous|votre|vos|Vous|Votre|Vos)\b|\b(?!chez\b|assez\b|nez\b)\p{L}+ez\b/u,
  es: /(?<!\p{L})(?:usted|su|sus|Su|Sus|Le|le|\p{L}+[aeií]rle)(?!\p{L})/u,
  it: /\b(?:Lei|Suo|Sua|Suoi|Sue)\b|\p{Ll}(?:La|Le)\b|\S (?:La|Le) (?!nostr)/u,
  nl: /\b(?:u|uw|Uw|U)\b/,
};
const INFORMAL: Record<string, RegExp> = {
  de: /\b(?:du|dich|dir|dein|deine|deinen|deinem|deiner|deines)\b/i,
  fr: /\b(?:tu|toi|ta|tes)\b|\bt'|(?<!le )\bton\b/i,
  es: /\b(?:tú|tu|tus|te|contigo)\b/i,
  it: /\b(?:tu|ti|te|tuo|tua|tuoi|tue)\b/i,
  nl: /\b(?:je|jij|jou|jouw)\b/i,
};

/** Every sentence a bank can produce, with real values in its placeholders. */
function sentences(bank: PhraseBank): string[] {
  const common = { inCity: "in Lisboa", city: "Lisboa", names: "Maria", name: "Maria", fact: "Le petit-déjeuner est servi jusqu'à 10h30." };
  const generic = [
    ...Object.values(bank.opening).flat(), ...Object.values(bank.ratingOnly).flat(), ...Object.values(bank.closing).flat(),
    ...bank.generalPraise, ...bank.generalComplaint, ...bank.staffNamed, ...bank.question, ...bank.contact, ...bank.answer,
  ].map((t) => ({ t, values: common as Record<string, string> }));
  const perAspect = ASPECTS.flatMap((a) => {
    const p = bank.aspects[a];
    const values = { ...common, ...p.forms };
    const praised = { ...values, ...p.praised };
    return [
      ...[...p.praise, ...bank.praise].map((t) => ({ t, values: praised })),
      ...[...p.complaint, ...bank.nextStep, ...bank.lightComplaint, ...bank.questionAbout, ...COMPLAINT_KINDS.flatMap((k) => bank.nextStepFor[k])].map((t) => ({ t, values })),
    ];
  });
  const out = new Set<string>();
  for (const { t, values } of [...generic, ...perAspect]) for (const text of allExpansions(t, 50)) out.add(capitalize(fillPlaceholders(text, values)));
  return [...out];
}

describe.each(Object.keys(FORMAL))("informal register in %s", (language) => {
  const bank = PHRASE_BANKS[language as keyof typeof PHRASE_BANKS];
  const toInformal = TO_INFORMAL[language as keyof typeof TO_INFORMAL];
  const all = sentences(bank);

  it("leaves no formal form in any sentence", () => {
    const left = all.map((s) => [s, toInformal(s)] as const).filter(([, informal]) => FORMAL[language]!.test(informal));
    expect(left.slice(0, 5)).toEqual([]);
  });

  it("uses no informal form in the formal bank", () => {
    expect(all.filter((s) => INFORMAL[language]!.test(s)).slice(0, 5)).toEqual([]);
  });

  it("changes the sentences that address the guest", () => {
    const addressed = all.filter((s) => FORMAL[language]!.test(s));
    expect(addressed.length).toBeGreaterThan(20);
    for (const s of addressed) expect(toInformal(s), s).not.toBe(s);
  });
});

describe("informal register, sentence by sentence", () => {
  it.each([
    ["de", "Wir freuen uns, dass Sie sich bei uns wohlgefühlt haben, und hoffen, Sie bald wieder begrüßen zu dürfen.", "Wir freuen uns, dass du dich bei uns wohlgefühlt hast, und hoffen, dich bald wieder begrüßen zu dürfen."],
    ["de", "Danke, dass Sie sich die Zeit für Ihre Bewertung genommen haben.", "Danke, dass du dir die Zeit für deine Bewertung genommen hast."],
    ["de", "Es tut mir leid, dass Sie unser Frühstück enttäuscht hat.", "Es tut mir leid, dass dich unser Frühstück enttäuscht hat."],
    ["de", "Bitte wenden Sie sich direkt an das Hotel, unser Team hilft Ihnen gern weiter.", "Bitte wende dich direkt an das Hotel, unser Team hilft dir gern weiter."],
    ["fr", "Nous vous remercions d'avoir séjourné chez nous et espérons vous accueillir à nouveau.", "Nous te remercions d'avoir séjourné chez nous et espérons t'accueillir à nouveau."],
    ["fr", "Je suis ravie que votre chambre vous ait plu et que vous ayez apprécié votre séjour.", "Je suis ravie que ta chambre t'ait plu et que tu aies apprécié ton séjour."],
    ["fr", "N'hésitez pas à contacter l'hôtel : nous serons heureux de vous aider.", "N'hésite pas à contacter l'hôtel : nous serons heureux de t'aider."],
    ["es", "Nos alegra que haya disfrutado de su estancia y esperamos recibirle pronto.", "Nos alegra que hayas disfrutado de tu estancia y esperamos recibirte pronto."],
    ["es", "No dude en ponerse en contacto con el hotel; me gustaría hablar con usted.", "No dudes en ponerte en contacto con el hotel; me gustaría hablar contigo."],
    ["it", "La ringraziamo per la Sua recensione e speriamo di accoglierLa presto.", "Ti ringraziamo per la tua recensione e speriamo di accoglierti presto."],
    ["it", "La nostra posizione Le è piaciuta: non esiti a contattarci.", "La nostra posizione ti è piaciuta: non esitare a contattarci."],
    ["nl", "Dank u wel voor uw recensie; heeft u vragen, dan helpen wij u graag.", "Dank je wel voor je recensie; heb je vragen, dan helpen wij je graag."],
    ["en", "I am glad we are able to help, and I have shared it; we do not forget.", "I'm glad we're able to help, and I've shared it; we don't forget."],
  ])("%s: %s", (language, formal, informal) => {
    expect(TO_INFORMAL[language as keyof typeof TO_INFORMAL](formal)).toBe(informal);
  });
});
