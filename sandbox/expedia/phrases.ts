// Phrase bank for the demo keep-alive: new Expedia reviews (title + body) are stitched from these pieces.

export interface ExpediaPhraseSet {
  locale: string;
  guests: [first: string, last: string][];
  titlesGood: string[];
  titlesMixed: string[];
  titlesBad: string[];
  good: string[];
  bad: string[];
}

export const EXPEDIA_PHRASES: ExpediaPhraseSet[] = [
  {
    locale: "en-US",
    guests: [["Megan", "Brooks"], ["Daniel", "Kim"], ["Rachel", "Adams"], ["Tyler", "Nguyen"]],
    titlesGood: ["Would stay again", "Great little hotel", "Exceeded expectations"],
    titlesMixed: ["Good, not great", "Decent value"],
    titlesBad: ["Disappointing stay", "Not as advertised"],
    good: [
      "Check-in took two minutes and the front desk had our room ready early.",
      "The bed was comfortable and the room was very clean.",
      "Breakfast had a good choice of fresh fruit and hot dishes.",
      "Everything we wanted to see was within walking distance.",
    ],
    bad: [
      "The walls are thin and we could hear the neighbors late at night.",
      "Our shower drained so slowly that the bathroom flooded.",
      "Wi-Fi kept disconnecting in the evenings.",
      "Nobody told us about the city tax until check-out.",
    ],
  },
  {
    locale: "de-DE",
    guests: [["Monika", "Braun"], ["Felix", "Schmitt"], ["Laura", "Neumann"]],
    titlesGood: ["Sehr empfehlenswert", "Alles bestens"],
    titlesMixed: ["Ganz okay", "Mit kleinen Abstrichen"],
    titlesBad: ["Enttäuschend", "Nicht zu empfehlen"],
    good: [
      "Das Zimmer war sauber und das Bett sehr bequem.",
      "Das Frühstück war frisch und abwechslungsreich.",
      "Die Mitarbeiter an der Rezeption waren ausgesprochen freundlich.",
      "Die Lage ist ideal für Stadtbesichtigungen zu Fuß.",
    ],
    bad: [
      "Die Klimaanlage war laut und ließ sich kaum regeln.",
      "Im Bad fehlten bei der Ankunft Handtücher.",
      "Das WLAN war sehr langsam.",
      "Der Lärm von der Straße hat uns nachts geweckt.",
    ],
  },
  {
    locale: "pt-PT",
    guests: [["Beatriz", "Lopes"], ["Miguel", "Pereira"], ["Sofia", "Martins"]],
    titlesGood: ["Estadia excelente", "Recomendo vivamente"],
    titlesMixed: ["Razoável", "Bom, mas podia ser melhor"],
    titlesBad: ["Desiludido", "Não recomendo"],
    good: [
      "O quarto estava impecável e a cama era muito confortável.",
      "O pequeno-almoço tinha pão fresco e fruta da época.",
      "A equipa foi sempre simpática e prestável.",
      "A localização permite fazer tudo a pé.",
    ],
    bad: [
      "O duche tinha pouca pressão de água.",
      "Ouvia-se muito barulho do corredor durante a noite.",
      "O wi-fi falhava constantemente.",
      "O check-in demorou quase meia hora.",
    ],
  },
  {
    locale: "fr-FR",
    guests: [["Camille", "Bernard"], ["Hugo", "Petit"], ["Manon", "Leroy"]],
    titlesGood: ["Excellent séjour", "À recommander"],
    titlesMixed: ["Correct sans plus", "Quelques défauts"],
    titlesBad: ["Déçus", "À éviter"],
    good: [
      "La chambre était propre et la literie confortable.",
      "Le petit-déjeuner était copieux et varié.",
      "Le personnel de la réception a été très accueillant.",
      "L'emplacement est idéal pour visiter la ville à pied.",
    ],
    bad: [
      "La climatisation faisait beaucoup de bruit.",
      "La salle de bain aurait mérité un meilleur ménage.",
      "Le wifi ne fonctionnait presque pas.",
      "On entendait la rue toute la nuit.",
    ],
  },
  {
    locale: "es-ES",
    guests: [["Pablo", "García"], ["Marta", "López"], ["Sergio", "Ruiz"]],
    titlesGood: ["Muy recomendable", "Estancia perfecta"],
    titlesMixed: ["Correcto", "Bien, con matices"],
    titlesBad: ["Decepcionante", "No repetiría"],
    good: [
      "La habitación estaba limpia y la cama era muy cómoda.",
      "El desayuno era variado y de calidad.",
      "El personal fue muy amable en todo momento.",
      "La ubicación es ideal para moverse a pie.",
    ],
    bad: [
      "El aire acondicionado hacía mucho ruido.",
      "Faltaban toallas en el baño al llegar.",
      "El wifi era muy lento.",
      "Se oía mucho ruido de la calle por la noche.",
    ],
  },
];
