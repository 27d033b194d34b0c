import { describe, expect, it } from "vitest";
import { analyseReview } from "./analyse";

const questions = (text: string, title: string | null = null, rating = 4) =>
  analyseReview({ rating, title, text }).questions.map((q) => q.text);

describe("questions the guest asks", () => {
  it("finds real questions and their topic in English", () => {
    const a = analyseReview({ rating: 4, title: null, text: "Nice stay. Is there parking for a minibus? Also, do you allow dogs?" });
    expect(a.questions).toEqual([{ text: "Is there parking for a minibus?", topic: "parking" }, { text: "Also, do you allow dogs?" }]);
    expect(a.asksQuestion).toBe(true);
    expect(questions("Why not add a kettle to the rooms?")).toHaveLength(1);
    expect(questions("When does the rooftop pool open in the morning?")).toHaveLength(1);
  });

  it("finds requests written without a question mark", () => {
    expect(questions("Could you let me know whether the deposit was returned.")).toHaveLength(1);
    expect(questions("Ich würde gerne wissen, ob es einen Parkplatz gibt.")).toHaveLength(1);
  });

  it("leaves out rhetorical questions, exclamations, asides and headline titles", () => {
    for (const text of [
      "Great pool, great food, what more could you want?",
      "Is this what you call a five star hotel?",
      "Why was there no hot water for three days?",
      "How can a hotel charge for drinking water?",
      "Would I stay here again? Absolutely.",
      "Really?!",
      "Seriously, who does that?",
      "The walk to the beach is short (1 km?) and pleasant.",
      "Can you believe it?",
      "What a view?",
    ]) {
      expect(questions(text), text).toEqual([]);
    }
    expect(questions("Lovely place.", "Visiting Mumbai for a night?")).toEqual([]);
    expect(questions("Lovely place.", "Do you have a shuttle to the airport?")).toHaveLength(1);
  });

  it("tells real from rhetorical in the other six languages", () => {
    // Each question follows an ordinary sentence in its language, as in a real review.
    const cases: [string, string, number][] = [
      ["Das Zimmer war sauber und ruhig.", "Haben Sie auch Zimmer mit Badewanne?", 1],
      ["Das Zimmer war sauber und ruhig.", "Was will man mehr?", 0],
      ["La chambre était propre et calme.", "Avez-vous un parking pour les vélos ?", 1],
      ["La chambre était propre et calme.", "Que demander de plus ?", 0],
      ["La habitación estaba limpia y tranquila.", "¿Hay aparcamiento cerca del hotel?", 1],
      ["La habitación estaba limpia y tranquila.", "¿Qué más se puede pedir?", 0],
      ["La camera era pulita e silenziosa.", "C'è un parcheggio per i clienti?", 1],
      ["La camera era pulita e silenziosa.", "Cosa chiedere di più?", 0],
      ["O quarto estava limpo e sossegado.", "Vocês têm berço para bebé?", 1],
      ["O quarto estava limpo e sossegado.", "O que mais se pode pedir?", 0],
      ["De kamer was schoon en rustig.", "Hebben jullie een oplaadpunt voor elektrische auto's?", 1],
      ["De kamer was schoon en rustig.", "Wat wil je nog meer?", 0],
    ];
    for (const [context, question, count] of cases) expect(questions(`${context} ${question}`), question).toHaveLength(count);
  });
});

describe("stay context and staff", () => {
  const a = (text: string, rating = 5) => analyseReview({ rating, title: null, text });

  it("reads who the guest travelled with, with the sentence that says so", () => {
    expect(a("My wife and I came for our anniversary.").stayEvidence).toEqual([{ context: "couple", sentence: "My wife and I came for our anniversary." }]);
    // A family includes a couple: "my wife and our kids" is a family stay.
    expect(a("My wife and our two kids loved the pool.").stayContext).toEqual(["family"]);
    expect(a("Stayed here on a business trip, then came back with friends.").stayContext).toEqual(["business", "friends"]);
    expect(a("A good business hotel, family-run, for a couple of days.").stayContext).toEqual([]);
    expect(a("Nous étions en famille avec nos enfants.").stayContext).toEqual(["family"]);
    expect(a("Viaggio di lavoro, camera silenziosa.").stayContext).toEqual(["business"]);
    expect(a("Viajo sola a menudo y me sentí segura.").stayContext).toEqual(["solo"]);
  });

  it("finds staff named in lower case and by their post", () => {
    expect(a("special thanks to kashish who looked after us.").staffNames).toEqual(["Kashish"]);
    expect(a("thank you guys, will visit again").staffNames).toEqual([]);
    expect(a("ms divya from reception was very sweet.").staffNames).toEqual(["Ms Divya"]);
    expect(a("Katrin am Buffet war so herzlich.").staffNames).toEqual(["Katrin"]);
    expect(a("Le serveur Karim au petit déjeuner était adorable. Merci à Julie au bar.").staffNames).toEqual(["Karim", "Julie"]);
    expect(a("Maria, our waitress, remembered our names.").staffNames).toEqual(["Maria"]);
  });

  it("does not thank the hotel itself as a member of staff", () => {
    const review = { rating: 5, title: null, text: "Thank you Ramada, see you soon!" };
    expect(analyseReview(review).staffNames).toEqual(["Ramada"]);
    expect(analyseReview({ ...review, propertyName: "Ramada Plaza Juhu" }).staffNames).toEqual([]);
  });
});
