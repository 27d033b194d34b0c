import type { Aspect } from "../../reviews/aspect-lexicon";
import { foldSameLength } from "../guardrails/shared";
import type { ComplaintKind } from "./phrases/types";

// What kind of problem a complaint describes, from its aspect and the words of the sentence that raised
// it: "the room was small" needs a different next step from "the room was dirty" or "the shower was
// broken". Cue words are folded (no accents) and cover Lobby's seven languages.

const BROKEN =
  /broke|not work|didn ?t work|did not work|wasn ?t working|out of order|leak|faulty|kaputt|defekt|funktioniert\w* nicht|ging nicht|en panne|ne marchait|ne fonctionnait|cass|no funcionaba|averiad|roto|rota|estropead|non funzionava|guast|rott|nao funcionava|avariad|estragad|quebrad|kapot|werkte niet|stuk\b/;
const DIRTY = /dirt|filth|stain|hair|dust|mould|mold|grim|unclean|smell|stink|schmutz|dreckig|fleck|staub|sale|crasse|tache|poussiere|sucio|sucia|mancha|polvo|sporc|macchi|polver|sujo|suja|manch|poeira|vies|smerig|vlek|stof/;
const SMALL = /small|tiny|cramped|narrow|klein|eng\b|winzig|petit|exigu|etroit|pequen|diminut|estrech|piccol|strett|minuscol|apertad|krap|smal/;
const WAIT = /wait|queue|slow|took ages|long time|hour|warte|schlange|langsam|attente|attendu|lent|esper|cola|lent|attes|coda|fila|demor|wacht|rij\b|traag/;

/** The kind of a complaint about `aspect`, raised in `sentence`. */
export function complaintKind(aspect: Aspect, sentence: string): ComplaintKind | null {
  const s = foldSameLength(sentence);
  switch (aspect) {
    case "noise":
      return "noise";
    case "cleanliness":
    case "smell":
      return "dirty";
    case "air-conditioning":
    case "wifi":
      return "broken";
    case "staff":
      return WAIT.test(s) ? "wait" : "service";
    case "check-in":
      return WAIT.test(s) ? "wait" : "service";
    case "breakfast":
    case "food":
      return "food";
    case "value":
      return "value";
    case "billing":
      // A bill or booking dispute goes to the reservations team through the general next step.
      return null;
    case "bed":
      return DIRTY.test(s) ? "dirty" : "comfort";
    case "room":
    case "bathroom":
      if (BROKEN.test(s)) return "broken";
      if (DIRTY.test(s)) return "dirty";
      if (aspect === "room" && SMALL.test(s)) return "size";
      return null;
    default:
      return BROKEN.test(s) ? "broken" : null;
  }
}
