import { describe, expect, it } from "vitest";
import { analyseReview } from "./analyse";
import { detectLanguage } from "./language";

// The analyser in German, French, Spanish, Italian, Portuguese and Dutch, rule by rule, on sentences
// written for this test in the way guests write: short, colloquial, idiomatic. Each case lists what must
// be found and what must not.

type Case = { lang: string; text: string; found: string[]; absent?: string[] };

function aspectsOf(lang: string, text: string): string[] {
  return analyseReview({ rating: 3, title: null, text, language: lang }).aspects.map((a) => `${a.aspect}${a.polarity === "positive" ? "+" : "-"}`);
}

function check(c: Case) {
  const got = aspectsOf(c.lang, c.text);
  for (const want of c.found) expect(got, `${c.text} -> ${got.join(" ")}`).toContain(want);
  for (const not of c.absent ?? []) expect(got, `${c.text} -> ${got.join(" ")}`).not.toContain(not);
}

describe("language of short reviews", () => {
  it.each([
    ["de", "Check-out hat ewig gedauert."],
    ["de", "Das Bett war mega bequem."],
    ["es", "El check-out fue un caos."],
    ["es", "¿Tenéis parking gratis?"],
    ["it", "Letti comodi e vista stupenda dalla camera."],
    ["it", "Ci hanno fatto sentire a casa."],
    ["fr", "Petit déj vraiment pas terrible."],
    ["pt", "Quarto pertinho da praia, adoramos."],
    ["nl", "Heb jullie nog plek in mei?"],
  ])("%s: %s", (lang, text) => {
    expect(detectLanguage(text)?.language).toBe(lang);
    expect(analyseReview({ rating: 4, title: null, text }).language).toBe(lang);
  });

  it("does not read a loanword ('check-in', 'best') as English or Dutch", () => {
    expect(detectLanguage("Check-in ging schnell und problemlos.")?.language).toBe("de");
    expect(detectLanguage("Best hotel in town, best staff, best breakfast.")?.language).toBe("en");
  });
});

describe("a language the platform names", () => {
  const languageOf = (language: string, text: string) => analyseReview({ rating: 3, title: null, text, language }).language;
  it("stays the platform's when Lobby does not write it, however detection leans (no German reply to a Swede)", () => {
    expect(languageOf("sv", "Trevlig personal och fint läge, men rummet luktade instängt och handdukarna var slitna. Frukosten var bra.")).toBe("sv");
    expect(languageOf("da", "Dejligt hotel med venligt personale, men værelset var lille og der var larm fra gaden om natten.")).toBe("da");
  });
  it("gives way to a text plainly written in another of Lobby's languages", () => {
    expect(languageOf("en", "Das Zimmer war sauber und das Frühstück reichlich, aber nachts war es wegen der Straßenbahn sehr laut.")).toBe("de");
  });
});

describe("things that cannot be adjusted or switched off", () => {
  it.each([
    ["de", "Die Klimaanlage lässt sich kaum regulieren."],
    ["en", "The air conditioning could barely be adjusted."],
    ["fr", "La clim était difficile à régler."],
    ["es", "El aire acondicionado no se podía regular."],
    ["it", "L'aria condizionata non si poteva regolare."],
    ["pt", "O ar condicionado era difícil de regular."],
    ["nl", "De airco was niet te regelen."],
  ])("%s: %s is an air-conditioning complaint", (lang, text) => {
    expect(aspectsOf(lang, text)).toContain("air-conditioning-");
  });
});

describe("waits at check-in", () => {
  it.each<Case>([
    { lang: "de", text: "Das Einchecken hat eine Ewigkeit gedauert.", found: ["check-in-"], absent: ["check-in+"] },
    { lang: "de", text: "Wir haben 40 Minuten an der Rezeption gewartet.", found: ["check-in-"], absent: ["staff-"] },
    { lang: "de", text: "Beim Auschecken standen wir ewig in der Schlange.", found: ["check-in-"] },
    { lang: "fr", text: "Une heure d'attente à la réception pour avoir la chambre.", found: ["check-in-"] },
    { lang: "fr", text: "On a poireauté une heure pour le check-in.", found: ["check-in-"] },
    { lang: "es", text: "El check-in fue eterno, una hora de pie.", found: ["check-in-"] },
    { lang: "es", text: "Tuvimos que esperar media hora en recepción.", found: ["check-in-"] },
    { lang: "it", text: "Il check-in è stato interminabile.", found: ["check-in-"] },
    { lang: "it", text: "Abbiamo dovuto aspettare mezz'ora alla reception.", found: ["check-in-"] },
    { lang: "pt", text: "O check-in levou uma eternidade.", found: ["check-in-"] },
    { lang: "nl", text: "Het inchecken duurde erg lang.", found: ["check-in-"] },
    { lang: "nl", text: "We moesten een half uur wachten bij de receptie.", found: ["check-in-"] },
  ])("$lang: $text", check);
});

describe("the price of a thing is not the value of the stay", () => {
  it.each<Case>([
    { lang: "de", text: "Die Tiefgarage ist ziemlich teuer.", found: ["parking-"], absent: ["value-", "parking+"] },
    { lang: "de", text: "Parken ist teuer, ansonsten alles super.", found: ["parking-"], absent: ["value-", "parking+"] },
    { lang: "de", text: "Das Frühstück ist mit 20 Euro viel zu teuer.", found: ["breakfast-"], absent: ["value-"] },
    { lang: "de", text: "Das Hotel ist für das Gebotene überteuert.", found: ["value-"] },
    { lang: "fr", text: "Le parking coûte cher, sinon rien à dire.", found: ["parking-"], absent: ["value-", "parking+"] },
    { lang: "fr", text: "Le spa est vraiment hors de prix.", found: ["pool-spa-"], absent: ["value-"] },
    { lang: "fr", text: "Beaucoup trop cher pour ce que c'est.", found: ["value-"] },
    { lang: "es", text: "El aparcamiento es carísimo.", found: ["parking-"], absent: ["value-"] },
    { lang: "es", text: "Un hotel caro para lo que ofrece.", found: ["value-"] },
    { lang: "it", text: "La colazione a parte è cara.", found: ["breakfast-"], absent: ["value-"] },
    { lang: "it", text: "Il garage costa troppo, per il resto tutto ok.", found: ["parking-"], absent: ["value-", "parking+"] },
    { lang: "pt", text: "O estacionamento é caríssimo.", found: ["parking-"], absent: ["value-"] },
    { lang: "pt", text: "Hotel caro para o que oferece.", found: ["value-"] },
    { lang: "nl", text: "Parkeren is best duur.", found: ["parking-"], absent: ["value-"] },
    { lang: "nl", text: "Het ontbijt is betaalbaar.", found: ["breakfast+"], absent: ["value+"] },
    { lang: "nl", text: "Veel te duur voor zo'n kleine kamer.", found: ["value-"] },
    // English keeps the same rule: the restaurant's prices are a restaurant complaint.
    { lang: "en", text: "The restaurant is very expensive.", found: ["food-"], absent: ["value-"] },
    { lang: "en", text: "The hotel is overpriced for what you get.", found: ["value-"] },
  ])("$lang: $text", check);
});

describe("idioms and words that flip polarity", () => {
  it.each<Case>([
    { lang: "fr", text: "Un personnel aux petits soins.", found: ["staff+"], absent: ["staff-"] },
    { lang: "fr", text: "Le petit déjeuner n'est pas top.", found: ["breakfast-"], absent: ["breakfast+"] },
    { lang: "fr", text: "La literie, pas terrible.", found: ["bed-"], absent: ["bed+"] },
    { lang: "fr", text: "Le wifi ne marchait pas.", found: ["wifi-"], absent: ["wifi+"] },
    { lang: "fr", text: "Service impeccable du début à la fin.", found: ["staff+"], absent: ["cleanliness+"] },
    { lang: "de", text: "Das Frühstück war der Hammer.", found: ["breakfast+"] },
    { lang: "de", text: "Das WLAN war nicht zu gebrauchen.", found: ["wifi-"], absent: ["wifi+"] },
    { lang: "de", text: "Das Bad ist in die Jahre gekommen.", found: ["bathroom-"] },
    { lang: "es", text: "La piscina es una pasada.", found: ["pool-spa+"] },
    { lang: "es", text: "El desayuno deja mucho que desear.", found: ["breakfast-"], absent: ["breakfast+"] },
    { lang: "es", text: "La ubicación es inmejorable.", found: ["location+"] },
    { lang: "it", text: "La terrazza è uno spettacolo.", found: ["facilities+"] },
    { lang: "it", text: "Servizio impeccabile.", found: ["staff+"], absent: ["cleanliness+"] },
    { lang: "it", text: "La colazione lascia a desiderare.", found: ["breakfast-"] },
    { lang: "pt", text: "O pequeno-almoço deixou muito a desejar.", found: ["breakfast-"], absent: ["breakfast+"] },
    { lang: "pt", text: "Uma vista deslumbrante.", found: ["view+"] },
    { lang: "nl", text: "Het personeel deed alles om het ons naar de zin te maken.", found: ["staff+"] },
    { lang: "nl", text: "Het ontbijt was karig.", found: ["breakfast-"] },
    { lang: "nl", text: "De wifi viel steeds weg.", found: ["wifi-"] },
  ])("$lang: $text", check);

  it.each<Case>([
    // A loud machine is criticised with the noise.
    { lang: "de", text: "Die Klimaanlage war sehr laut.", found: ["air-conditioning-", "noise-"] },
    { lang: "es", text: "El aire acondicionado hacía un ruido horrible.", found: ["air-conditioning-", "noise-"] },
    // The thing named, not the praise word, takes a later "but small".
    { lang: "fr", text: "Chambre propre mais très petite.", found: ["cleanliness+", "room-"], absent: ["cleanliness-"] },
  ])("$lang: $text", check);
});

describe("questions in the six languages", () => {
  const questions = (lang: string, text: string) => analyseReview({ rating: 4, title: null, text, language: lang }).questions.map((q) => q.text);

  it.each([
    ["de", "Ist der Parkplatz im Preis inbegriffen?"],
    ["de", "Habt ihr auch Zimmer mit Badewanne?"],
    ["de", "Kann man das Frühstück auch aufs Zimmer bestellen?"],
    ["fr", "Le petit déjeuner est-il inclus ?"],
    ["fr", "Peut-on garer la voiture devant l'hôtel ?"],
    ["es", "¿Tenéis cuna para bebés?"],
    ["es", "¿La piscina está abierta en invierno?"],
    ["it", "La piscina è aperta anche a ottobre?"],
    ["it", "Il parcheggio è incluso?"],
    ["pt", "O estacionamento está incluído na diária?"],
    ["pt", "É possível fazer check-in mais cedo?"],
    ["nl", "Is het zwembad ook in de winter open?"],
    ["nl", "Mogen we onze hond meenemen?"],
  ])("%s asks: %s", (lang, text) => {
    expect(questions(lang, text)).toEqual([text]);
  });

  it.each([
    ["de", "Ist das wirklich ein Vier-Sterne-Hotel?"],
    ["de", "Sind wir hier in einer Jugendherberge?"],
    ["fr", "C'est vraiment ça, un quatre étoiles ?"],
    ["es", "¿Esto es un hotel de cuatro estrellas?"],
    ["es", "¿Qué más se puede pedir?"],
    ["it", "Questo sarebbe un quattro stelle?"],
    ["pt", "Isto é um hotel de quatro estrelas?"],
    ["nl", "Is dit nou een viersterrenhotel?"],
    ["nl", "Is het echt zo moeilijk om schoon te maken?"],
  ])("%s does not ask: %s", (lang, text) => {
    expect(questions(lang, text)).toEqual([]);
  });
});
