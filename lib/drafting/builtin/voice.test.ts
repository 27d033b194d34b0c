import { describe, expect, it } from "vitest";
import { DEFAULT_VOICE, type VoiceRules } from "../../voice/guidelines";
import { checkReply, replyContextFor } from "../guardrails";
import { foldSameLength } from "../guardrails/shared";
import type { DraftInput, DraftResult, DraftTone } from "../types";
import { draftBuiltin } from ".";
import { wordCount } from "./voice";

// The brand's voice in builtin drafts: greeting and sign-off per language, signatory, register, phrases
// to use and to avoid, length, tone and the editor's tone variants.

const property = { name: "Hotel Aurora", city: "Lisbon", signatoryName: "Ana Costa", signatoryTitle: "General Manager" };

const REVIEWS: Record<string, { good: string; mixed: string }> = {
  en: { good: "Lovely stay, the breakfast was excellent and the room spotless. Maria at reception was so kind!", mixed: "Great location and friendly staff, but the room was small and noisy." },
  de: { good: "Ein wunderbarer Aufenthalt, das Frühstück war hervorragend und das Zimmer sehr sauber.", mixed: "Tolle Lage und nettes Personal, aber das Zimmer war klein und laut." },
  fr: { good: "Séjour parfait, le petit déjeuner était excellent et la chambre très propre.", mixed: "Très bon emplacement et personnel sympathique, mais la chambre était petite et bruyante." },
  es: { good: "Estancia perfecta, el desayuno estaba buenísimo y la habitación muy limpia.", mixed: "Buena ubicación y personal amable, pero la habitación era pequeña y ruidosa." },
  it: { good: "Soggiorno perfetto, la colazione era ottima e la camera pulitissima.", mixed: "Ottima posizione e personale gentile, ma la camera era piccola e rumorosa." },
  pt: { good: "Estadia perfeita, o café da manhã era ótimo e o quarto muito limpo.", mixed: "Ótima localização e equipe simpática, mas o quarto era pequeno e barulhento." },
  nl: { good: "Heerlijk verblijf, het ontbijt was uitstekend en de kamer erg schoon.", mixed: "Prima ligging en vriendelijk personeel, maar de kamer was klein en lawaaierig." },
};

const FORMAL: Record<string, RegExp> = {
  de: /\b(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer)\b/,
  fr: /\b(?:vous|votre|vos)\b/i,
  es: /(?<!\p{L})(?:usted|su|sus|le)(?!\p{L})/iu,
  it: /\b(?:Lei|Suo|Sua|Suoi|Sue)\b|\p{Ll}(?:La|Le)\b/u,
  nl: /\b(?:u|uw)\b/i,
};
const INFORMAL: Record<string, RegExp> = {
  de: /\b(?:du|dich|dir|dein\w*)\b/i,
  fr: /\b(?:tu|toi|ton|ta|tes)\b|\bt'/i,
  es: /\b(?:tú|tu|tus|te|contigo)\b/i,
  it: /\b(?:tu|ti|te|tuo|tua|tuoi|tue)\b/i,
  nl: /\b(?:je|jij|jou|jouw)\b/i,
};

function draft(text: string, voice: Partial<VoiceRules> = {}, options: { seed?: string; rating?: number; author?: string | null; tone?: DraftTone } = {}): { input: DraftInput; result: DraftResult } {
  const input: DraftInput = {
    review: { rating: options.rating ?? 5, title: null, text, language: null, authorName: options.author === undefined ? "Chris Miller" : options.author, platform: "GOOGLE" },
    property,
    voice: { ...DEFAULT_VOICE, ...voice },
    seed: options.seed ?? "seed",
    ...(options.tone ? { tone: options.tone } : {}),
  };
  return { input, result: draftBuiltin(input) };
}

const body = (d: DraftResult) => d.parts.filter((p) => p.answers !== "greeting" && p.answers !== "sign-off");
const bodyWords = (d: DraftResult) => body(d).reduce((n, p) => n + wordCount(p.text), 0);
const seeds = (n: number) => Array.from({ length: n }, (_, i) => `seed-${i}`);

describe("builtin drafts in the brand's voice", () => {
  it("greets with the brand's greeting per language, with or without a name", () => {
    const voice = { greetings: { de: "Moin {name}!", en: "Dear {name}," } };
    expect(draft(REVIEWS.de!.good, voice).result.parts[0]).toEqual({ text: "Moin Chris!", answers: "greeting", guideline: "greeting (de)" });
    expect(draft(REVIEWS.de!.good, voice, { author: "A Google User" }).result.parts[0]?.text).toBe("Moin!");
    // "Dear," reads oddly: the bank's greeting without a name is used instead.
    const anonymous = draft(REVIEWS.en!.good, voice, { author: null }).result.parts[0];
    expect(anonymous?.text).toMatch(/^(Dear Guest,|Hello,|Dear valued guest,)$/);
    expect(draft(REVIEWS.fr!.good, voice).result.parts[0]?.guideline).toBe("formality: formal");
  });

  it("drops the comma before the name with the name when the guest is anonymous ('Buenos días, {name}:')", () => {
    const voice = { greetings: { es: "Buenos días, {name}:" } };
    expect(draft(REVIEWS.es!.good, voice, { author: null }).result.parts[0]?.text).toBe("Buenos días:");
    expect(draft(REVIEWS.es!.good, voice).result.parts[0]?.text).toMatch(/^Buenos días, Chris/);
  });

  it("does not leave a gendered greeting without its name ('Caro/a,', 'Cher/Chère,')", () => {
    const voice = { greetings: { pt: "Caro/a {name},", fr: "Cher/Chère {name},", es: "Estimado/a {name}:", de: "Liebe/r {name}," } };
    for (const language of ["pt", "fr", "es", "de"] as const) {
      const greeting = draft(REVIEWS[language]!.good, voice, { author: null }).result.parts[0]?.text ?? "";
      expect(greeting, language).not.toMatch(/^\p{L}+\/\p{L}*[\s,:]*$/u);
      expect(greeting.length, language).toBeGreaterThan(3);
      expect(draft(REVIEWS[language]!.good, voice).result.parts[0]?.text, language).toContain("Chris");
    }
  });

  it("signs off with the brand's sign-off and signatory", () => {
    const { result } = draft(REVIEWS.fr!.good, { signOffs: { fr: "À très bientôt," }, signatoryName: "Rita Sousa", signatoryTitle: "Guest Relations" });
    expect(result.text.endsWith("À très bientôt,\nRita Sousa\nGuest Relations, Hotel Aurora")).toBe(true);
    expect(result.parts.at(-1)?.guideline).toBe("sign-off (fr); signatory");
    expect(draft(REVIEWS.en!.good).result.text.endsWith("Ana Costa\nGeneral Manager, Hotel Aurora")).toBe(true);
  });

  describe.each(Object.keys(FORMAL))("register in %s", (language) => {
    it("addresses the guest formally or informally as the brand asks, in every variant", () => {
      for (const seed of seeds(15)) {
        for (const text of [REVIEWS[language]!.good, REVIEWS[language]!.mixed]) {
          const formal = draft(text, { formality: "formal" }, { seed, rating: text === REVIEWS[language]!.good ? 5 : 3 }).result;
          const informal = draft(text, { formality: "informal" }, { seed, rating: text === REVIEWS[language]!.good ? 5 : 3 }).result;
          const formalBody = body(formal).map((p) => p.text).join(" ");
          const informalBody = body(informal).map((p) => p.text).join(" ");
          expect(formalBody, formalBody).not.toMatch(INFORMAL[language]!);
          expect(informalBody, informalBody).not.toMatch(FORMAL[language]!);
          expect(informalBody, informalBody).toMatch(INFORMAL[language]!);
        }
      }
    });
  });

  it("works the brand's phrases in, one or two a reply, only in their language", () => {
    const voice = { phrasesToUse: ["We can't wait to welcome you back", "Your comfort is our priority", "Wir freuen uns auf ein Wiedersehen"] };
    for (const seed of seeds(30)) {
      const { result } = draft(REVIEWS.en!.good, voice, { seed });
      const used = voice.phrasesToUse.filter((p) => result.text.includes(p));
      expect(used.length, result.text).toBeGreaterThanOrEqual(1);
      expect(used.length).toBeLessThanOrEqual(2);
      expect(used).not.toContain("Wir freuen uns auf ein Wiedersehen");
      expect(result.parts.some((p) => p.guideline?.startsWith("phrase to use"))).toBe(true);
    }
    const german = draft(REVIEWS.de!.good, voice).result.text;
    expect(german).toContain("Wir freuen uns auf ein Wiedersehen");
    expect(german).not.toContain("comfort");
  });

  it("never uses a phrase the brand avoids, over many seeds and reviews", () => {
    const avoid: Record<string, string[]> = {
      en: ["delighted", "thank you so much", "look forward", "wonderful", "the whole team", "kind regards", "apologise"],
      de: ["vielen Dank", "freuen uns", "Herzliche Grüße", "riesig"],
      fr: ["ravis", "merci beaucoup", "équipe", "Cordialement"],
      es: ["encantados", "muchas gracias", "equipo"],
      it: ["felici", "grazie", "team"],
      pt: ["agradecemos", "equipe", "felizes"],
      nl: ["hartelijk dank", "fijn", "team"],
    };
    for (const [language, phrases] of Object.entries(avoid)) {
      for (const seed of seeds(40)) {
        for (const [text, rating] of [[REVIEWS[language]!.good, 5], [REVIEWS[language]!.mixed, 2]] as const) {
          const { input, result } = draft(text, { phrasesToAvoid: phrases }, { seed, rating });
          const folded = foldSameLength(result.text);
          for (const p of phrases) expect(folded, result.text).not.toContain(foldSameLength(p));
          expect(checkReply(result.text, replyContextFor(input, language)).filter((f) => f.blocking), result.text).toEqual([]);
        }
      }
    }
  });

  it("keeps replies within the brand's length where it can", () => {
    const long = "Lovely stay! The breakfast was excellent, the room spotless, the bed comfortable, the view stunning and the location perfect. Maria at reception was so kind.";
    const short = seeds(30).map((seed) => bodyWords(draft(long, { minWords: 10, maxWords: 45 }, { seed }).result));
    const normal = seeds(30).map((seed) => bodyWords(draft(long, {}, { seed }).result));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(short)).toBeLessThan(mean(normal));
    expect(short.filter((w) => w <= 60).length / short.length).toBeGreaterThan(0.8);
    const padded = seeds(30).map((seed) => bodyWords(draft("Good hotel.", { minWords: 70, maxWords: 200 }, { seed, rating: 4 }).result));
    const plain = seeds(30).map((seed) => bodyWords(draft("Good hotel.", {}, { seed, rating: 4 }).result));
    expect(mean(padded)).toBeGreaterThan(mean(plain));
  });

  it("lets the tone choose the words: polished replies have no exclamation marks, upbeat ones more lively words", () => {
    const lively = /thrilled|delighted|wonderful|so much|joy|treat|smile|can't wait|fantastic|!/gi;
    let polished = 0;
    let upbeat = 0;
    for (const seed of seeds(40)) {
      const p = body(draft(REVIEWS.en!.good, { tone: "polished" }, { seed }).result).map((x) => x.text).join(" ");
      const u = body(draft(REVIEWS.en!.good, { tone: "upbeat" }, { seed }).result).map((x) => x.text).join(" ");
      expect(p).not.toContain("!");
      polished += p.match(lively)?.length ?? 0;
      upbeat += u.match(lively)?.length ?? 0;
    }
    expect(upbeat).toBeGreaterThan(polished * 1.5);
  });

  it("offers warmer, more formal and shorter variants", () => {
    const text = REVIEWS.en!.mixed;
    const mean = (tone?: DraftTone) => seeds(20).reduce((n, seed) => n + bodyWords(draft(text, {}, { seed, rating: 3, tone }).result), 0) / 20;
    expect(mean("shorter")).toBeLessThan(mean() * 0.85);
    const shorter = draft(text, {}, { rating: 3, tone: "shorter" }).result;
    expect(shorter.parts.filter((p) => p.answers.startsWith("aspect:")).length).toBeLessThanOrEqual(2);
    const formal = draft(REVIEWS.de!.mixed, { formality: "informal" }, { rating: 3, tone: "more-formal" }).result;
    expect(body(formal).map((p) => p.text).join(" ")).toMatch(FORMAL.de!);
    expect(draft(text, {}, { tone: "warmer" }).result.text).not.toBe(draft(text).result.text);
  });

  it("works a brand phrase that is not a sentence into one of the reply's sentences, or leaves it out", () => {
    const voice = { phrasesToUse: ["our team"] };
    let woven = 0;
    for (const seed of seeds(30)) {
      for (const text of [REVIEWS.en!.good, REVIEWS.en!.mixed]) {
        const { result } = draft(text, voice, { seed, rating: text === REVIEWS.en!.good ? 5 : 3 });
        // Never a sentence of its own: "Our team." or "our team." after a full stop.
        for (const part of body(result)) expect(part.text.trim(), result.text).not.toMatch(/^our team[.!]?$/i);
        expect(result.text).not.toMatch(/(?:^|[.!?]\s+)our team[.!]/im);
        const holder = result.parts.find((p) => p.guideline?.includes('phrase to use: "our team"'));
        if (holder) {
          woven++;
          expect(holder.text.toLowerCase()).toContain("our team");
          expect(holder.text.split(/\s+/).length).toBeGreaterThan(3);
        }
      }
    }
    expect(woven).toBeGreaterThan(0);
  });
});

describe("weaving a brand fragment", () => {
  it("uses it where the reply already says it, stands it in for the same noun, or reports that it does not fit", async () => {
    const { weaveFragment, isFragment } = await import("./voice");
    expect(isFragment("our team")).toBe(true);
    expect(isFragment("we look forward to welcoming you back")).toBe(false);
    expect(isFragment("Ihr Komfort ist unser Anliegen")).toBe(false);
    const sentences = [{ text: "Thank you for your review." }, { text: "The team will be delighted to hear it." }];
    expect(weaveFragment(sentences, "our team")).toBe(1);
    expect(sentences[1]!.text).toBe("Our team will be delighted to hear it.");
    expect(weaveFragment([{ text: "We loved having you." }], "our team")).toBe(-1);
    expect(weaveFragment([{ text: "Our team loved having you." }], "our team")).toBe(0);
  });
});
