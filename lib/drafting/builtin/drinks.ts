import { foldSameLength } from "../guardrails/shared";

// The analysis files cocktails at the bar, wine on the terrace and a good coffee under "food and
// drink". Thanking a guest for their "meals" when they praised the cocktails reads as if nobody read
// the review, so the reply speaks of drinks when the sentence that raised the aspect names drinks and
// no meal. "Cafe" is no cue: in English it is as often a place to eat, in French a coffee. Cue words are folded (no accents) and cover Lobby's seven languages.

const DRINKS =
  /\b(?:drinks?|cocktails?|mocktails?|wines?|beers?|coffees?|cappuccinos?|espressos?|lattes?|teas?|juices?|gin|whisk(?:e)?y|prosecco|champagne|bartenders?|barman|barmen|barista|bar|bars|rooftop bar|happy hour|aperitivo?s?|spritz|getranke?n?|wein\w*|biere?|kaffee|barkeeper\w*|boissons?|vins?|bieres?|bebidas?|vinos?|cervezas?|copas?|cocteles?|cocteis|bevande|vini|vino|birre?|caffe|bibite|vinhos?|cervejas?|caipirinhas?|drankjes?|drank|wijn\w*|bier|biertjes?|koffie|thee)\b/;

const MEALS =
  /\b(?:food|meals?|dinners?|lunch\w*|breakfast|brunch|dish\w*|restaurants?|menu|cuisines?|chef|pizzas?|buffet|dining|snacks?|starters?|desserts?|room service|cook\w*|eat|ate|eating|essen|speisen|gericht\w*|kuche|abendessen|mittagessen|fruhstuck|koch|repas|plats?|diner|dejeuner|petit dejeuner|nourriture|comidas?|platos?|cena|almuerzo|cocina|desayuno|restaurantes?|cibo|piatti|piatto|pranzo|cucina|colazione|ristorante|pasti|pasto|refeic\w*|pratos?|jantar|almoco|cozinha|cafe da manha|pequeno almoco|eten|maaltijd\w*|gerecht\w*|keuken|ontbijt)\b/;

/** Whether the sentence that raised the food aspect is about drinks (cocktails, wine, coffee) rather than meals. */
export function aboutDrinks(sentence: string | undefined): boolean {
  if (!sentence) return false;
  // A minibar is part of the room; a hotel "cafe" is as often a restaurant as a coffee shop.
  const s = foldSameLength(sentence).replace(/[^a-z0-9]+/g, " ").replace(/\bmini ?bars?\b/g, " ");
  return DRINKS.test(s) && !MEALS.test(s);
}
