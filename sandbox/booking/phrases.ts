// Phrase bank for the Booking demo keep-alive: new reviews are stitched together from these pieces,
// split the way Booking asks guests ("what did you like?" / "what didn't you like?").

export interface BookingPhraseSet {
  language: string;
  guests: { name: string; country: string }[];
  headlines: { good: string[]; mixed: string[]; bad: string[] };
  liked: string[];
  disliked: string[];
}

export const BOOKING_PHRASES: BookingPhraseSet[] = [
  {
    language: "en-gb",
    guests: [{ name: "Harriet", country: "gb" }, { name: "Connor", country: "ie" }, { name: "Mia", country: "au" }],
    headlines: { good: ["Would stay again", "Excellent little hotel"], mixed: ["Decent, with a few niggles"], bad: ["Disappointing stay"] },
    liked: [
      "Friendly staff who gave us great tips for dinner.",
      "Spotless room and a very comfortable bed.",
      "Breakfast had plenty of fresh choices.",
      "Easy to walk everywhere from here.",
    ],
    disliked: [
      "The wifi dropped out every evening.",
      "Street noise until late at night.",
      "The shower took ages to warm up.",
      "Check-in queue was long on arrival.",
    ],
  },
  {
    language: "de",
    guests: [{ name: "Lena", country: "de" }, { name: "Florian", country: "at" }, { name: "Ursula", country: "ch" }],
    headlines: { good: ["Sehr zu empfehlen", "Rundum zufrieden"], mixed: ["Ganz ordentlich"], bad: ["Leider enttäuschend"] },
    liked: [
      "Sehr freundliches Personal an der Rezeption.",
      "Sauberes Zimmer mit bequemem Bett.",
      "Gutes Frühstück mit frischem Obst.",
      "Die Lage ist ideal für Spaziergänge.",
    ],
    disliked: [
      "Das WLAN war abends sehr langsam.",
      "Im Bad roch es etwas muffig.",
      "Die Heizung ließ sich nicht regeln.",
      "Zu wenige Steckdosen am Bett.",
    ],
  },
  {
    language: "pt-pt",
    guests: [{ name: "Beatriz", country: "pt" }, { name: "Gonçalo", country: "pt" }],
    headlines: { good: ["Estadia excelente", "Recomendo"], mixed: ["Razoável"], bad: ["Não voltaria"] },
    liked: ["Equipa muito simpática.", "Quarto limpo e confortável.", "Pequeno-almoço variado e saboroso."],
    disliked: ["Barulho da rua durante a noite.", "A internet falhava muito.", "Toalhas gastas."],
  },
  {
    language: "fr",
    guests: [{ name: "Camille", country: "fr" }, { name: "Thibault", country: "be" }],
    headlines: { good: ["Séjour parfait", "Très bon hôtel"], mixed: ["Correct sans plus"], bad: ["Décevant"] },
    liked: ["Personnel accueillant et disponible.", "Chambre propre et lit confortable.", "Emplacement idéal."],
    disliked: ["Climatisation bruyante.", "Petit-déjeuner un peu cher.", "Salle de bain vieillissante."],
  },
  {
    language: "es",
    guests: [{ name: "Alba", country: "es" }, { name: "Mateo", country: "ar" }],
    headlines: { good: ["Muy recomendable", "Genial"], mixed: ["Bien, sin más"], bad: ["No lo recomiendo"] },
    liked: ["El personal fue muy amable.", "La cama era muy cómoda.", "Muy buena ubicación."],
    disliked: ["Se oía todo desde el pasillo.", "El wifi no funcionaba bien.", "La habitación era muy pequeña."],
  },
  {
    language: "it",
    guests: [{ name: "Chiara", country: "it" }, { name: "Lorenzo", country: "it" }],
    headlines: { good: ["Ottimo soggiorno"], mixed: ["Nel complesso discreto"], bad: ["Deludente"] },
    liked: ["Personale gentilissimo.", "Camera pulita e silenziosa.", "Colazione abbondante."],
    disliked: ["Bagno piccolo e datato.", "Parcheggio costoso.", "Aria condizionata rumorosa."],
  },
];
