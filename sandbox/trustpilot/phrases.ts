// Phrase bank for the demo keep-alive: new Trustpilot reviews (headline + text) are stitched from these.

export interface PhraseSet {
  names: string[];
  titleGood: string[];
  titleMixed: string[];
  titleBad: string[];
  good: string[];
  bad: string[];
}

export const PHRASES: Record<"en" | "de" | "pt" | "fr" | "es" | "it" | "nl", PhraseSet> = {
  en: {
    names: ["Rachel Moore", "Sam Turner", "Aisha Khan", "Declan Byrne"],
    titleGood: ["Would stay again", "Friendly and spotless", "A real find"],
    titleMixed: ["Fine, with a few niggles", "Good location, average room"],
    titleBad: ["Disappointing stay", "Not worth the price"],
    good: [
      "Check-in took two minutes and our room was ready early.",
      "The bed was one of the comfiest we've slept in.",
      "Staff remembered our names from the first evening.",
      "Breakfast had good coffee and plenty of fruit.",
    ],
    bad: [
      "The towels looked tired and the shower drain was slow.",
      "Street noise kept us awake until the early hours.",
      "We were charged for a minibar item we never touched.",
      "The room smelled of smoke despite being non-smoking.",
    ],
  },
  de: {
    names: ["Katrin Vogt", "Florian Weber", "Sabine Roth"],
    titleGood: ["Sehr empfehlenswert", "Alles bestens"],
    titleMixed: ["Ganz okay", "Mit kleinen Schwächen"],
    titleBad: ["Enttäuschend", "Nicht zu empfehlen"],
    good: [
      "Das Zimmer war hell, ruhig und sehr sauber.",
      "Die Mitarbeiter an der Rezeption waren ausgesprochen freundlich.",
      "Das Frühstück ließ keine Wünsche offen.",
    ],
    bad: [
      "Die Heizung ließ sich nicht regulieren.",
      "Im Bad fehlten Handtücher und niemand hat nachgelegt.",
      "Der Aufzug war zwei Tage lang außer Betrieb.",
    ],
  },
  pt: {
    names: ["Beatriz Lopes", "Tiago Martins", "Carla Sousa"],
    titleGood: ["Recomendo vivamente", "Estadia perfeita"],
    titleMixed: ["Razoável", "Bom, mas pode melhorar"],
    titleBad: ["Não recomendo", "Muito abaixo do esperado"],
    good: [
      "O quarto estava impecável e a cama era muito confortável.",
      "A equipa foi sempre simpática e prestável.",
      "O pequeno-almoço tinha produtos frescos e variados.",
    ],
    bad: [
      "O ar condicionado fazia imenso barulho durante a noite.",
      "A casa de banho precisava de uma limpeza a sério.",
      "Esperámos quase uma hora pelo check-in.",
    ],
  },
  fr: {
    names: ["Julien Moreau", "Camille Bernard", "Léa Petit"],
    titleGood: ["Très bon séjour", "Je recommande"],
    titleMixed: ["Correct sans plus", "Des hauts et des bas"],
    titleBad: ["Décevant", "À éviter"],
    good: [
      "La chambre était propre et le lit très confortable.",
      "Le personnel a été aux petits soins du début à la fin.",
      "Le petit-déjeuner était copieux et varié.",
    ],
    bad: [
      "Le wifi ne fonctionnait pas dans la chambre.",
      "Beaucoup de bruit dans le couloir le matin.",
      "La climatisation était en panne.",
    ],
  },
  es: {
    names: ["Pablo García", "Marta Sánchez", "Diego Torres"],
    titleGood: ["Muy recomendable", "Estancia excelente"],
    titleMixed: ["Correcto", "Bien, pero mejorable"],
    titleBad: ["Decepcionante", "No volveremos"],
    good: [
      "La habitación estaba muy limpia y era silenciosa.",
      "El personal fue muy atento en todo momento.",
      "El desayuno era variado y de calidad.",
    ],
    bad: [
      "La ducha apenas tenía presión.",
      "Nos cobraron el parking sin avisar.",
      "Las paredes son finas y se oye todo.",
    ],
  },
  it: {
    names: ["Francesca Greco", "Luca Conti", "Sara Marino"],
    titleGood: ["Consigliatissimo", "Soggiorno perfetto"],
    titleMixed: ["Nella media", "Buono ma migliorabile"],
    titleBad: ["Deludente", "Da evitare"],
    good: [
      "Camera pulitissima e letto comodo.",
      "Il personale è stato gentile e disponibile.",
      "Colazione abbondante con prodotti freschi.",
    ],
    bad: [
      "Il riscaldamento non funzionava bene.",
      "Molto rumore dalla strada di notte.",
      "Il bagno aveva bisogno di manutenzione.",
    ],
  },
  nl: {
    names: ["Daan Visser", "Lotte Bakker", "Ruben Smit"],
    titleGood: ["Aanrader!", "Heerlijk verblijf"],
    titleMixed: ["Prima, niet meer", "Goed met kanttekeningen"],
    titleBad: ["Teleurstellend", "Niet voor herhaling vatbaar"],
    good: [
      "De kamer was schoon en het bed sliep heerlijk.",
      "Het personeel was erg behulpzaam.",
      "Het ontbijt was uitgebreid en vers.",
    ],
    bad: [
      "De wifi was erg traag.",
      "Er was veel lawaai van de straat.",
      "De douche werd niet warm.",
    ],
  },
};
