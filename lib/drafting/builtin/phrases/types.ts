import type { Aspect } from "../../../reviews/aspect-lexicon";

// The shape of one language's phrase bank. Every slot offers several templates (see template.ts for the
// "[a|b]" and "{value}" syntax) so that replies to different reviews do not read alike.

/** Opening and closing tone, from the rating (or the text's sentiment when there is no rating). */
export type Tone = "glowing" | "warm" | "mixed" | "negative";

/**
 * What went wrong, which decides the concrete next step: a small room is not fixed by maintenance, a
 * broken air conditioner is not a matter for the reservations team.
 */
export const COMPLAINT_KINDS = ["size", "dirty", "broken", "noise", "service", "wait", "food", "value", "comfort"] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];

export type AspectPhrases = {
  /**
   * How this language names the aspect in the generic templates, e.g. { noun: "the noise",
   * team: "our maintenance team" }; German adds case forms { nom, acc, zu }, Italian { su }.
   */
  forms: Record<string, string>;
  /** Overrides of `forms` when the aspect is praised ("the peace and quiet" rather than "the noise"). */
  praised?: Record<string, string>;
  /** Overrides of `forms` when the guest asks about the aspect: a question about rooms is about "our rooms", not "your room". */
  asked?: Record<string, string>;
  /** Thanks written for this aspect. */
  praise: string[];
  /** Acknowledgement with an apology, for 1-3 star reviews; a next step follows it. */
  complaint: string[];
};

export type PhraseBank = {
  /** Joins the last two names of a list: "Maria and Tom". */
  and: string;
  /** "in Lisbon", "no Porto"; null when there is no safe way to say it for this city. */
  inCity(city: string): string | null;
  /** Which column of the city-name table this bank writes when it is not its language's ("pt-PT": Moscovo, not Moscou). */
  cityLanguage?: string;
  /**
   * German starts the letter body in lower case after "Guten Tag X,": the words that may start a body
   * and are written small mid-sentence. Any other first word (a noun, the formal "Ihre") keeps its capital.
   */
  lowercaseAfterGreeting?: RegExp;
  greeting: { named: string[]; anonymous: string[] };
  opening: Record<Tone, string[]>;
  /** The whole body of a reply to a rating without text. */
  ratingOnly: Record<Tone, string[]>;
  /** A positive review that names nothing in particular. */
  generalPraise: string[];
  /** A critical review that names nothing in particular: apology and what happens next. */
  generalComplaint: string[];
  /** Thanks for any aspect, using its forms. */
  praise: string[];
  /** Thanks naming staff members: {names}. */
  staffNamed: string[];
  /** Follows a complaint: who now has the feedback ({team}) and why. */
  nextStep: string[];
  /** A criticism inside a 4-5 star review: acknowledged and passed on, no apology. */
  lightComplaint: string[];
  /** Follows a complaint of one kind ({noun}, {team} of its aspects): a concrete next step. Other complaints use nextStep. */
  nextStepFor: Record<ComplaintKind, string[]>;
  /** The guest asked something. */
  question: string[];
  /** The guest asked about {noun}: a promise to follow up. */
  questionAbout: string[];
  /** Introduces a fact from the property's profile, in this language, that answers the question: {fact}. */
  answer: string[];
  /** Greetings and sign-offs for brands that address guests informally (du, tu, tú, tu, je). */
  informal: { greeting: { named: string[]; anonymous: string[] }; signOff: string[] };
  /** 1-2 stars: an invitation to contact the hotel directly (never an address, number or offer). */
  contact: string[];
  /** The guest reports something a manager must see (safety, harassment, theft...): taken seriously, looked into personally; no admission, no offer. */
  serious: string[];
  /** May use {inCity}; templates that do are skipped when the city has no safe form. */
  closing: Record<Tone, string[]>;
  signOff: string[];
  aspects: Record<Aspect, AspectPhrases>;
  /** The food aspect when the guest wrote about drinks (cocktails, wine, coffee) rather than meals. */
  drinks: AspectPhrases;
};
