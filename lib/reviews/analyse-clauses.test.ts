import { describe, expect, it } from "vitest";
import { analyseReview } from "./analyse";

// The clause rules and vocabulary behind aspect polarity, each on sentences written for this test:
// "X, shame about Y", "only warning:", "at best", "I expected ... not ...", price idioms, the building and
// its common areas, billing disputes, and staff behind the bar. Each case lists what must be found and
// what must not.

type Case = { text: string; rating?: number; found: string[]; absent?: string[] };

function aspectsOf({ text, rating = 3 }: Case): string[] {
  return analyseReview({ rating, title: null, text }).aspects.map((a) => `${a.aspect}${a.polarity === "positive" ? "+" : "-"}`);
}

function check(c: Case) {
  const got = aspectsOf(c);
  for (const want of c.found) expect(got, `${c.text} -> ${got.join(" ")}`).toContain(want);
  for (const not of c.absent ?? []) expect(got, `${c.text} -> ${got.join(" ")}`).not.toContain(not);
}

describe("clause-level polarity", () => {
  it.each<Case>([
    // Praise, then "shame about" opens a complaint about what follows it.
    { text: "Beautiful building, shame about the hot water.", found: ["facilities+", "bathroom-"], absent: ["bathroom+"] },
    { text: "Great gym, what a shame about the breakfast.", found: ["pool-spa+", "breakfast-"], absent: ["breakfast+"] },
    { text: "Friendly team, pity about the wifi.", found: ["staff+", "wifi-"], absent: ["wifi+"] },
    // "at best" lowers what it follows; "best" alone would read as praise.
    { text: "The coffee was lukewarm at best.", found: ["breakfast-"], absent: ["breakfast+"] },
    { text: "The wifi was average at best.", found: ["wifi-"], absent: ["wifi+"] },
    // "Only warning:" / "one word of warning" open a complaint after a happy sentence.
    { text: "We loved our room, only warning: the elevator is very slow.", rating: 5, found: ["room+", "facilities-"], absent: ["facilities+"] },
    { text: "Superb staff, one word of warning: the car park is tiny.", rating: 5, found: ["staff+", "parking-"], absent: ["parking+"] },
    // Disappointed expectations are complaints, "couldn't be more" leaves the verdict to the next word.
    { text: "For this price we expected far more from the room.", found: ["value-"], absent: ["value+"] },
    { text: "It was not what we expected from the breakfast.", found: ["breakfast-"], absent: ["breakfast+"] },
    { text: "The location couldn't be more convenient.", found: ["location+"], absent: ["location-"] },
    { text: "I could not be more disappointed with the restaurant.", found: ["food-"], absent: ["food+"] },
    { text: "The food was not up to the mark.", found: ["food-"], absent: ["food+"] },
    { text: "The pillows need to be replaced.", found: ["bed-"] },
  ])("$text", check);
});

describe("price idioms", () => {
  it.each<Case>([
    { text: "Twenty euros for a sandwich is highway robbery.", found: ["value-"], absent: ["value+"] },
    { text: "A total rip-off for what you get.", found: ["value-"] },
    { text: "The minibar is overpriced.", found: ["value-"] },
    { text: "Prices are on the higher side.", found: ["value-"] },
    { text: "Not value for money at all.", found: ["value-"], absent: ["value+"] },
    { text: "It was worth every cent and very pocket friendly.", found: ["value+"] },
    { text: "The room was not worth the money.", found: ["value-"], absent: ["value+"] },
    { text: "Worth a visit if you are nearby, lovely gardens.", found: ["facilities+"], absent: ["value+", "value-"] },
  ])("$text", check);

  it("does not read a price idiom as a theft report", () => {
    const a = analyseReview({ rating: 1, title: "Daylight robbery", text: "Thirty euros a night to park the car, daylight robbery." });
    expect(a.urgency.reasons.map((r) => r.kind)).not.toContain("theft");
    expect(a.aspects.map((x) => `${x.aspect}:${x.polarity}`)).toContain("value:negative");
    // A real theft is still one.
    const theft = analyseReview({ rating: 1, title: null, text: "There was a robbery in our room and my camera was taken." });
    expect(theft.urgency.reasons.map((r) => r.kind)).toContain("theft");
  });
});

describe("aspect vocabulary", () => {
  it.each<Case>([
    { text: "The shower was freezing cold and the taps were broken.", found: ["bathroom-"] },
    { text: "The washroom was spotless.", rating: 5, found: ["bathroom+"] },
    { text: "The lobby is stunning and the lounge very cosy.", rating: 5, found: ["facilities+"] },
    { text: "The decor looks tired and the corridors are gloomy.", found: ["facilities-"], absent: ["room-"] },
    { text: "The lift was broken for two days.", found: ["facilities-"] },
    { text: "Drinks on the roof terrace were wonderful.", rating: 5, found: ["food+"] },
    { text: "The view from the terrace was breathtaking.", rating: 5, found: ["view+"], absent: ["facilities+"] },
    { text: "The barman was very friendly.", rating: 5, found: ["staff+"] },
    { text: "Our waitress was rude and the bartender ignored us.", rating: 1, found: ["staff-"] },
    { text: "They overcharged us at checkout.", rating: 1, found: ["billing-"] },
    { text: "They charged my card twice and the deposit never came back.", rating: 1, found: ["billing-"] },
    { text: "Booking was easy and the invoice was clear.", rating: 5, found: ["billing+"] },
    { text: "Booked on booking.com, great gym.", rating: 5, found: ["pool-spa+"], absent: ["billing+"] },
    { text: "We had a lovely balcony with a great view.", rating: 5, found: ["room+", "view+"] },
    { text: "Early check-in was a great help.", rating: 5, found: ["check-in+"] },
  ])("$text", check);
});

describe("the same rules in other languages", () => {
  it.each<Case>([
    { text: "Schönes Zimmer, schade um das Frühstück.", found: ["room+", "breakfast-"], absent: ["breakfast+"] },
    { text: "Der Aufzug war kaputt und die Lobby dunkel.", found: ["facilities-"] },
    { text: "Die Rechnung war falsch, man hat uns doppelt berechnet.", rating: 1, found: ["billing-"] },
    { text: "Le café était tiède au mieux.", found: ["breakfast-"], absent: ["breakfast+"] },
    { text: "Belle chambre, dommage pour le petit déjeuner.", found: ["room+", "breakfast-"], absent: ["breakfast+"] },
    { text: "L'ascenseur est minuscule et l'accueil peu aimable.", found: ["facilities-"] },
    { text: "Habitación bonita, una pena el desayuno.", found: ["room+", "breakfast-"], absent: ["breakfast+"] },
    { text: "El ascensor no funcionaba.", found: ["facilities-"] },
    { text: "Camera bella, peccato per la colazione.", found: ["room+", "breakfast-"], absent: ["breakfast+"] },
    { text: "Il prezzo è una fregatura.", found: ["value-"] },
    { text: "Quarto bonito, que pena o pequeno almoço.", found: ["room+", "breakfast-"], absent: ["breakfast+"] },
    { text: "O elevador estava avariado.", found: ["facilities-"] },
    { text: "Mooie kamer, jammer van het ontbijt.", found: ["room+", "breakfast-"], absent: ["breakfast+"] },
    { text: "De lift was kapot en de prijs was afzetterij.", found: ["facilities-", "value-"] },
  ])("$text", check);
});
