// Phrase bank for the demo keep-alive: new reviews are stitched together from these pieces.

export interface PhraseSet {
  names: string[];
  openGood: string[];
  openMixed: string[];
  openBad: string[];
  good: string[];
  bad: string[];
}

export const PHRASES: Record<"en" | "de" | "fr" | "es" | "it" | "pt" | "nl", PhraseSet> = {
  en: {
    names: ["Grace Holloway", "Tom Ashby", "Priya Nair", "Liam O'Connell"],
    openGood: ["Really enjoyed our stay.", "One of the nicer hotels we've stayed in this year.", "Would happily book again."],
    openMixed: ["A decent stay overall.", "Some good, some not so good."],
    openBad: ["Not what we expected.", "Sadly a let-down this time."],
    good: [
      "The breakfast had plenty of fresh choices.",
      "Reception staff were quick and genuinely friendly at check-in.",
      "Our room was spotless and the bed was very comfortable.",
      "The location made it easy to walk everywhere.",
    ],
    bad: [
      "The wifi kept dropping in the evening.",
      "We were kept awake by noise from the street.",
      "Parking was expensive and hard to find.",
      "The bathroom needed a better clean.",
    ],
  },
  de: {
    names: ["Julia Wagner", "Matthias Klein", "Anna Schulz"],
    openGood: ["Rundum gelungener Aufenthalt.", "Wir kommen gerne wieder."],
    openMixed: ["Insgesamt in Ordnung.", "Licht und Schatten."],
    openBad: ["Leider enttäuschend.", "Für den Preis zu wenig."],
    good: [
      "Das Frühstück war reichhaltig und frisch.",
      "Das Personal an der Rezeption war sehr hilfsbereit.",
      "Das Zimmer war sauber und das Bett bequem.",
      "Die Lage ist ideal, alles ist zu Fuß erreichbar.",
    ],
    bad: [
      "Das WLAN war abends kaum zu gebrauchen.",
      "Nachts war es sehr laut.",
      "Der Check-in hat ewig gedauert.",
      "Die Parkgebühren sind zu hoch.",
    ],
  },
  fr: {
    names: ["Léa Martin", "Hugo Bernard", "Chloé Dubois"],
    openGood: ["Très bon séjour.", "Nous reviendrons avec plaisir."],
    openMixed: ["Séjour correct dans l'ensemble.", "Des points positifs et d'autres moins."],
    openBad: ["Déçus par ce séjour.", "Pas à la hauteur du prix."],
    good: [
      "Le petit-déjeuner était copieux et varié.",
      "Le personnel de la réception a été très attentionné.",
      "La chambre était propre et le lit confortable.",
      "L'emplacement est parfait pour visiter à pied.",
    ],
    bad: [
      "Le wifi était très lent.",
      "La chambre donnait sur une rue bruyante.",
      "L'attente au check-in était trop longue.",
      "La salle de bain n'était pas très propre.",
    ],
  },
  es: {
    names: ["Marta López", "Javier Sánchez", "Elena Navarro"],
    openGood: ["Una estancia estupenda.", "Repetiríamos sin dudarlo."],
    openMixed: ["Estancia correcta en general.", "Cosas buenas y cosas mejorables."],
    openBad: ["Nos decepcionó bastante.", "No lo recomendaría por ese precio."],
    good: [
      "El desayuno era muy completo.",
      "El personal de recepción fue muy amable.",
      "La habitación estaba impecable y la cama era cómoda.",
      "La ubicación es excelente.",
    ],
    bad: [
      "El wifi fallaba a menudo.",
      "Había mucho ruido por la noche.",
      "El aparcamiento es carísimo.",
      "El baño necesitaba una limpieza a fondo.",
    ],
  },
  it: {
    names: ["Chiara Romano", "Luca Ferrari", "Sara Colombo"],
    openGood: ["Soggiorno piacevolissimo.", "Ci torneremo sicuramente."],
    openMixed: ["Nel complesso discreto.", "Alti e bassi."],
    openBad: ["Esperienza deludente.", "Non all'altezza del prezzo."],
    good: [
      "La colazione era ottima e varia.",
      "Il personale alla reception è stato gentilissimo.",
      "Camera pulita e letto comodo.",
      "Posizione perfetta per girare a piedi.",
    ],
    bad: [
      "Il wifi non funzionava bene.",
      "Di notte c'era parecchio rumore.",
      "Il check-in è stato lentissimo.",
      "Il parcheggio costa troppo.",
    ],
  },
  pt: {
    names: ["Catarina Sousa", "Miguel Costa", "Beatriz Lima"],
    openGood: ["Estadia excelente.", "Voltaremos com certeza."],
    openMixed: ["Estadia razoável.", "Tem coisas boas e outras a melhorar."],
    openBad: ["Ficámos desiludidos.", "Não vale o preço."],
    good: [
      "O pequeno-almoço era variado e fresco.",
      "A equipa da receção foi muito simpática.",
      "O quarto estava limpo e a cama era confortável.",
      "A localização é ótima.",
    ],
    bad: [
      "O wifi falhava constantemente.",
      "Havia muito barulho à noite.",
      "O check-in demorou imenso.",
      "O estacionamento é caro.",
    ],
  },
  nl: {
    names: ["Eva Bakker", "Daan Visser", "Lotte Smit"],
    openGood: ["Heerlijk verblijf.", "Wij komen zeker terug."],
    openMixed: ["Prima verblijf, maar niet perfect.", "Wisselende ervaring."],
    openBad: ["Helaas tegengevallen.", "Te duur voor wat je krijgt."],
    good: [
      "Het ontbijt was uitgebreid en vers.",
      "Het personeel bij de receptie was erg vriendelijk.",
      "De kamer was schoon en het bed sliep heerlijk.",
      "De ligging is top.",
    ],
    bad: [
      "De wifi viel steeds weg.",
      "Het was 's nachts erg lawaaierig.",
      "Het inchecken duurde lang.",
      "Parkeren is duur.",
    ],
  },
};
