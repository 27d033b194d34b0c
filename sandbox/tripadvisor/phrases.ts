// Phrase bank for the demo keep-alive: new Tripadvisor reviews are stitched together from these.

export interface TripadvisorPhrases {
  usernames: string[];
  titleGood: string[];
  titleMixed: string[];
  titleBad: string[];
  good: string[];
  bad: string[];
}

export const PHRASES: Record<"en" | "de" | "pt" | "fr" | "es" | "it", TripadvisorPhrases> = {
  en: {
    usernames: ["HollyTravels", "BenAndCass", "RoamingRaj", "Kathleen_M_NYC"],
    titleGood: ["Would stay again in a heartbeat", "Exceeded our expectations", "Great little hotel"],
    titleMixed: ["Fine, with a few niggles", "Good location, average room"],
    titleBad: ["Not worth the price", "Disappointing stay"],
    good: [
      "The staff at reception went out of their way to help us with tickets and tips.",
      "Our room was spotless and the bed was one of the comfiest we've slept in.",
      "Breakfast had plenty of fresh fruit, eggs cooked to order and good coffee.",
      "Everything we wanted to see was within walking distance.",
    ],
    bad: [
      "The wifi was patchy in our room.",
      "We could hear the neighbours through the walls.",
      "The shower took ages to warm up in the morning.",
      "Housekeeping skipped our room one day without explanation.",
    ],
  },
  de: {
    usernames: ["Katrin_R", "Uwe_unterwegs", "LenaundTim"],
    titleGood: ["Sehr empfehlenswert", "Rundum zufrieden"],
    titleMixed: ["Gut, aber nicht perfekt", "Lage top, Zimmer mittel"],
    titleBad: ["Leider enttäuschend", "Nicht das Geld wert"],
    good: [
      "Das Personal war ausgesprochen freundlich und hilfsbereit.",
      "Das Zimmer war sauber und ruhig, das Bett sehr bequem.",
      "Das Frühstück war reichhaltig und frisch.",
    ],
    bad: [
      "Das WLAN war im Zimmer kaum nutzbar.",
      "Die Wände sind sehr hellhörig.",
      "Beim Check-in mussten wir lange warten.",
    ],
  },
  pt: {
    usernames: ["anasofia_viaja", "Tiago_R_Braga"],
    titleGood: ["Excelente estadia", "Recomendo sem dúvida"],
    titleMixed: ["Bom, mas podia ser melhor"],
    titleBad: ["Uma desilusão"],
    good: [
      "A equipa foi muito simpática e prestável.",
      "O quarto estava impecável e a cama era confortável.",
      "O pequeno-almoço era variado e fresco.",
    ],
    bad: ["O ar condicionado fazia muito barulho.", "O quarto era mais pequeno do que nas fotografias."],
  },
  fr: {
    usernames: ["Sophie_G_Paris", "Voyageur_Nantais"],
    titleGood: ["Séjour parfait", "Très bonne adresse"],
    titleMixed: ["Bien, sans plus"],
    titleBad: ["Déçus par notre séjour"],
    good: [
      "Le personnel est aux petits soins.",
      "La chambre était propre, calme et bien équipée.",
      "Le petit-déjeuner est copieux et varié.",
    ],
    bad: ["L'insonorisation laisse à désirer.", "La climatisation fonctionnait mal."],
  },
  es: {
    usernames: ["Carmen_viajera", "JavierM_BCN"],
    titleGood: ["Muy recomendable", "Estancia estupenda"],
    titleMixed: ["Correcto, sin más"],
    titleBad: ["No lo recomiendo"],
    good: [
      "El personal fue muy amable en todo momento.",
      "La habitación estaba limpísima y la cama era muy cómoda.",
      "El desayuno era variado y de calidad.",
    ],
    bad: ["Se oía mucho ruido de la calle.", "El wifi no funcionaba bien en la habitación."],
  },
  it: {
    usernames: ["Francesca_in_viaggio", "Luca_B_Milano"],
    titleGood: ["Soggiorno perfetto", "Consigliatissimo"],
    titleMixed: ["Discreto, ma migliorabile"],
    titleBad: ["Esperienza deludente"],
    good: [
      "Il personale è stato gentilissimo e disponibile.",
      "Camera pulita, silenziosa e con un letto comodo.",
      "Colazione abbondante e varia.",
    ],
    bad: ["Le pareti sono molto sottili.", "La doccia perdeva acqua."],
  },
};
