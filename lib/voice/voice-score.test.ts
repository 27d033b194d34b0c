import { describe, expect, it } from "vitest";
import { voiceRulesSchema, type VoiceRules } from "./guidelines";
import { readVoiceReport, scoreVoice, VOICE_CHECKS } from "./voice-score";

const rules = (overrides: Record<string, unknown> = {}): VoiceRules => voiceRulesSchema.parse({ minWords: 15, maxWords: 80, ...overrides });
const score = (text: string, r: VoiceRules, language: string, guestName: string | null = "Anna", signatoryName = "Rita") =>
  scoreVoice(text, { rules: r, language, guestName, signatoryName });

/** A reply in both registers per language, otherwise identical, so only the register differs. */
const REGISTERS: { language: string; formal: string; informal: string }[] = [
  {
    language: "de",
    formal: "Liebe Anna,\n\nvielen Dank für Ihre Bewertung. Es freut uns, dass Ihnen das Frühstück gefallen hat, und wir hoffen, Sie bald wieder bei uns begrüßen zu dürfen.\n\nHerzliche Grüße\nRita",
    informal: "Liebe Anna,\n\nvielen Dank für deine Bewertung. Es freut uns, dass dir das Frühstück gefallen hat, und wir hoffen, dich bald wieder bei uns begrüßen zu dürfen.\n\nHerzliche Grüße\nRita",
  },
  {
    language: "fr",
    formal: "Chère Anna,\n\nmerci pour votre avis. Nous sommes ravis que le petit-déjeuner vous ait plu et nous espérons vous accueillir bientôt à nouveau chez nous.\n\nBien cordialement\nRita",
    informal: "Chère Anna,\n\nmerci pour ton avis. Nous sommes ravis que le petit-déjeuner t'ait plu et nous espérons te accueillir bientôt à nouveau chez nous, à toi de revenir.\n\nBien cordialement\nRita",
  },
  {
    language: "es",
    formal: "Estimada Anna:\n\nMuchas gracias por su reseña. Nos alegra que el desayuno le haya gustado a usted y esperamos recibirle de nuevo muy pronto en nuestro hotel.\n\nUn cordial saludo\nRita",
    informal: "Querida Anna:\n\nMuchas gracias por tu reseña. Nos alegra que el desayuno te haya gustado y esperamos recibirte de nuevo muy pronto en nuestro hotel con el té de la tarde.\n\nUn saludo\nRita",
  },
  {
    language: "it",
    formal: "Gentile Anna,\n\nla ringraziamo per la Sua recensione. Siamo lieti che la colazione Le sia piaciuta e speriamo di rivederla presto nel nostro hotel.\n\nCordiali saluti\nRita",
    informal: "Cara Anna,\n\nti ringraziamo per la tua recensione. Siamo felici che la colazione ti sia piaciuta e speriamo di rivederti presto nel nostro hotel.\n\nUn caro saluto\nRita",
  },
  {
    language: "pt",
    formal: "Cara Anna,\n\nmuito obrigada pela sua avaliação. Ficamos felizes por o pequeno-almoço lhe ter agradado e esperamos recebê-la novamente em breve, a senhora será sempre bem-vinda.\n\nCom os melhores cumprimentos\nRita",
    informal: "Querida Anna,\n\nmuito obrigada pela tua avaliação. Ficamos felizes por o pequeno-almoço te ter agradado e esperamos receber-te novamente em breve, contigo por perto.\n\nUm abraço\nRita",
  },
  {
    language: "nl",
    formal: "Beste Anna,\n\nhartelijk dank voor uw beoordeling. Fijn dat het ontbijt u goed beviel en we hopen u snel weer in ons hotel te mogen verwelkomen.\n\nMet vriendelijke groet\nRita",
    informal: "Hoi Anna,\n\nbedankt voor je beoordeling. Fijn dat het ontbijt jou goed beviel en we hopen je snel weer in ons hotel te mogen verwelkomen.\n\nGroeten\nRita",
  },
];

describe("scoreVoice: register", () => {
  for (const { language, formal, informal } of REGISTERS) {
    it(`tells the formal from the informal register in ${language}`, () => {
      expect(score(formal, rules({ formality: "formal" }), language).checks.formality.status).toBe("pass");
      expect(score(informal, rules({ formality: "informal" }), language).checks.formality.status).toBe("pass");
      const wrong = score(informal, rules({ formality: "formal" }), language).checks.formality;
      expect(wrong.status).toBe("fail");
      expect(wrong.note).toMatch(/informal register/);
      expect(score(formal, rules({ formality: "informal" }), language).checks.formality.status).toBe("fail");
    });
  }

  it("calls a single slip partial, and shows the word", () => {
    const slip = "Liebe Anna,\n\nvielen Dank für Ihre Bewertung. Es freut uns, dass Ihnen das Frühstück gefallen hat. Wir hoffen, Sie bald wieder zu sehen, und grüßen dich herzlich.\n\nHerzliche Grüße\nRita";
    const check = score(slip, rules(), "de").checks.formality;
    expect(check).toEqual({ status: "partial", note: expect.stringContaining("“dich”") });
  });

  it("does not read a German sentence-initial 'Sie' (they) or Spanish 'té' (tea) as address", () => {
    expect(score("Liebe Anna,\n\ndie Zimmer sind neu. Sie wurden im Mai renoviert und gefallen allen Gästen.\n\nHerzliche Grüße\nRita", rules(), "de").checks.formality.note).toMatch(/does not address/i);
    expect(score("Hola Anna:\n\nel té del desayuno viene de Galicia y nos alegra que les guste a todos los huéspedes.\n\nUn saludo\nRita", rules(), "es").checks.formality.note).toMatch(/does not address/i);
  });

  it("judges English by its casual wording, since it has one 'you'", () => {
    const casual = "Hey Anna,\n\nwe're so glad you loved it, awesome that the breakfast was a hit and we'll see you soon, it's a promise.\n\nCheers\nRita";
    expect(score(casual, rules({ formality: "formal" }), "en").checks.formality.status).toBe("partial");
    expect(score(casual, rules({ formality: "informal" }), "en").checks.formality.status).toBe("pass");
  });
});

describe("scoreVoice: greeting and sign-off", () => {
  const brand = rules({
    greetings: { en: "Dear {name},", de: "Liebe/r {name},", it: "Caro/a {name},", fr: "Bonjour {name}," },
    signOffs: { en: "Warm regards from Lisbon", de: "Herzliche Grüße aus Lissabon", it: "A presto" },
  });

  it("passes the brand's own greeting and sign-off with the guest's name and the signatory", () => {
    const text = "Dear Anna,\n\nThank you for staying with us and for your kind words about the breakfast and the view from the terrace.\n\nWarm regards from Lisbon,\nRita\nGeneral Manager";
    const report = score(text, brand, "en");
    expect(report.checks.greeting.status).toBe("pass");
    expect(report.checks.signOff).toEqual({ status: "pass", note: expect.stringContaining("signed by Rita") });
  });

  it("reads gendered templates: Lieber for Liebe/r, Cara for Caro/a", () => {
    expect(score("Lieber Tom,\n\nvielen Dank.\n\nHerzliche Grüße aus Lissabon\nRita", brand, "de", "Tom").checks.greeting.status).toBe("pass");
    expect(score("Cara Anna,\n\ngrazie mille.\n\nA presto\nRita", brand, "it").checks.greeting.status).toBe("pass");
  });

  it("is partial for another greeting or a missing name, and fails without one", () => {
    expect(score("Hello Anna,\n\nThanks.\n\nWarm regards from Lisbon\nRita", brand, "en").checks.greeting).toMatchObject({ status: "partial", note: expect.stringContaining("“Hello Anna,”") });
    expect(score("Dear guest,\n\nThanks.\n\nWarm regards from Lisbon\nRita", brand, "en").checks.greeting).toMatchObject({ status: "partial", note: expect.stringContaining("(Anna)") });
    expect(score("Thank you for your stay.\n\nWarm regards from Lisbon\nRita", brand, "en").checks.greeting.status).toBe("fail");
    // Anonymous guests: the brand's greeting without a name is all a reply can do.
    expect(score("Bonjour,\n\nmerci.\n\nRita", brand, "fr", null).checks.greeting.status).toBe("pass");
  });

  it("is partial for another closing or a missing signature, and fails with neither", () => {
    expect(score("Dear Anna,\n\nThanks.\n\nBest regards,\nRita", brand, "en").checks.signOff.status).toBe("partial");
    expect(score("Dear Anna,\n\nThanks.\n\nWarm regards from Lisbon", brand, "en").checks.signOff).toMatchObject({ status: "partial", note: expect.stringContaining("not signed by Rita") });
    expect(score("Dear Anna,\n\nThanks for the stay and see you soon.", brand, "en").checks.signOff.status).toBe("fail");
  });

  it("without brand templates, any greeting and a signed closing pass", () => {
    const report = score("Hola Anna:\n\nGracias por su visita.\n\nUn saludo,\nRita", rules(), "es");
    expect([report.checks.greeting.status, report.checks.signOff.status]).toEqual(["pass", "pass"]);
  });
});

describe("scoreVoice: phrases and length", () => {
  it("credits a phrase to use and fails a phrase to avoid, whatever the case and accents", () => {
    const brand = rules({ phrasesToUse: ["à très bientôt"], phrasesToAvoid: ["malheureusement"] });
    const good = score("Bonjour Anna,\n\nmerci pour votre séjour. A TRES BIENTOT !\n\nRita", brand, "fr").checks;
    expect(good.phrasesUsed.status).toBe("pass");
    expect(good.phrasesAvoided.status).toBe("pass");
    const bad = score("Bonjour Anna,\n\nMalheureusement la piscine était fermée.\n\nRita", brand, "fr").checks;
    expect(bad.phrasesUsed.status).toBe("partial");
    expect(bad.phrasesAvoided).toEqual({ status: "fail", note: "Uses “malheureusement”, which the brand avoids." });
    // Whole words only: avoiding "sorry" does not fault "sorrytown".
    expect(score("Thanks from Sorrytown.", rules({ phrasesToAvoid: ["sorry"] }), "en").checks.phrasesAvoided.status).toBe("pass");
  });

  it("counts the body's words without greeting and signature", () => {
    const body = Array.from({ length: 20 }, (_, i) => `word${i}`).join(" ");
    const text = `Dear Anna,\n\n${body}.\n\nKind regards,\nRita\nGeneral Manager, Hotel Azul`;
    expect(score(text, rules({ minWords: 15, maxWords: 25 }), "en").checks.length).toEqual({ status: "pass", note: "20 words (aim 15–25)." });
    expect(score(text, rules({ minWords: 22, maxWords: 60 }), "en").checks.length.status).toBe("partial");
    expect(score(text, rules({ minWords: 40, maxWords: 60 }), "en").checks.length).toMatchObject({ status: "fail", note: expect.stringMatching(/too short/) });
    expect(score(text, rules({ minWords: 10, maxWords: 20 }), "en").checks.length.status).toBe("pass");
  });
});

describe("scoreVoice: the score", () => {
  it("is 100 for a reply that meets every guideline and drops with each miss", () => {
    const brand = rules({ greetings: { nl: "Beste {name}," }, signOffs: { nl: "Met vriendelijke groet" }, phrasesToUse: ["graag tot ziens"], phrasesToAvoid: ["helaas"] });
    const good = "Beste Anna,\n\nhartelijk dank voor uw beoordeling. Fijn dat het ontbijt u goed beviel en dat u zo van het uitzicht genoot. Graag tot ziens in ons hotel.\n\nMet vriendelijke groet\nRita";
    expect(score(good, brand, "nl").score).toBe(100);
    const worse = good.replace("Graag tot ziens", "Helaas was het zwembad dicht, tot ziens").replace("uw beoordeling", "je beoordeling").replace(/u goed|u zo/g, (m) => m.replace("u", "je"));
    const report = score(worse, brand, "nl");
    expect(report.score).toBeLessThan(60);
    expect(report.checks.phrasesAvoided.status).toBe("fail");
    expect(report.checks.formality.status).toBe("fail");
  });

  it("fails everything for an empty reply, and round-trips through storage", () => {
    const report = score("  ", rules(), "en");
    expect(report.score).toBe(0);
    expect(VOICE_CHECKS.every((c) => report.checks[c].status === "fail")).toBe(true);
    expect(readVoiceReport(JSON.parse(JSON.stringify(report)))).toEqual(report);
    expect(readVoiceReport({ score: "high" })).toBeNull();
  });

  it("scores a reply in a language without templates or register rules without crashing", () => {
    const report = scoreVoice("Dziękujemy za opinię!\n\nRita", { rules: rules(), language: "pl", guestName: null });
    expect(report.score).toBeGreaterThan(0);
    expect(report.checks.formality.note).toMatch(/not checked/);
  });
});
