import type { Stars } from "./types";

// Hand-written seed reviews for Casa Azulejo Lisboa (Munich: seed-reviews-munich.ts). Times are relative to the seed's base date.

export interface SeedReview {
  author: string;
  location?: string;
  stars: Stars;
  title: string;
  text: string;
  language: string;
  daysAgo: number;
  /** Set when the consumer edited the review after posting it. */
  editedDaysAgo?: number;
  verified?: boolean;
  /** The hotel's booking reference, when the review came from an invitation. */
  referenceId?: string;
  reply?: { text: string; daysAgo: number; editedDaysAgo?: number };
}

export const LISBON_REVIEWS: SeedReview[] = [
  {
    author: "Oliver Bennett",
    location: "GB",
    stars: 2,
    title: "Lovely building, shame about the hot water",
    text: "The tiles on the staircase are gorgeous and the lounge is a nice place to sit with a book. But three mornings out of four the shower ran lukewarm at best, and when I mentioned it the answer was that the boiler 'needs time in winter'. For a hotel at this price I expected it to be fixed, not explained.",
    language: "en",
    daysAgo: 0.8,
    verified: true,
    referenceId: "CAZ-24-10318",
  },
  {
    author: "Inês Carvalho",
    location: "PT",
    stars: 5,
    title: "Um cantinho de Lisboa",
    text: "Fiquei duas noites para um casamento no bairro e não podia ter escolhido melhor. Quarto silencioso, cama excelente e um pequeno-almoço com pão ainda morno. A D. Fátima da receção deu-nos dicas de tascas que nunca teríamos encontrado sozinhos.",
    language: "pt",
    daysAgo: 1.9,
    verified: true,
    referenceId: "CAZ-24-10297",
  },
  {
    author: "Lucía Romero",
    location: "ES",
    stars: 4,
    title: "Muy buena ubicación",
    text: "Hotel pequeño y con encanto, a dos calles del mirador. La habitación era algo justa para dos maletas grandes, pero muy limpia. El desayuno, correcto; el café, excelente.",
    language: "es",
    daysAgo: 3.2,
    reply: {
      daysAgo: 2.6,
      text: "¡Muchas gracias, Lucía! Tomamos nota de lo del espacio para las maletas: en las habitaciones dobles vamos a añadir un portamaletas plegable. Esperamos verte de nuevo en Lisboa. Equipo Casa Azulejo",
    },
  },
  {
    author: "M. K.",
    stars: 1,
    title: "Booked a double, got a broom cupboard",
    text: "Our 'superior double' had a window onto an air shaft and barely enough floor to open a suitcase. Reception offered an upgrade for an extra 60 euros a night, which felt like the plan all along. We left a night early.\n\nThe staff were polite, I'll give them that.",
    language: "en",
    daysAgo: 5.4,
    editedDaysAgo: 4.1,
    verified: false,
  },
  {
    author: "Claire Dubois",
    location: "FR",
    stars: 5,
    title: "Parfait pour un long week-end",
    text: "Accueil chaleureux, chambre lumineuse avec vue sur les toits et un lit très confortable. Le petit-déjeuner sur la terrasse au soleil, c'était le rêve. On reviendra sans hésiter !",
    language: "fr",
    daysAgo: 7.7,
    verified: true,
    referenceId: "CAZ-24-10144",
  },
  {
    author: "Jonas Hartmann",
    location: "DE",
    stars: 3,
    title: "Gute Lage, dünne Wände",
    text: "Die Lage ist super, man ist in zehn Minuten unten am Fluss. Leider hört man jedes Gespräch aus dem Nachbarzimmer und morgens die Reinigungswagen im Flur. Frühstück okay, Personal freundlich.",
    language: "de",
    daysAgo: 10.3,
  },
  {
    author: "Giulia Ferri",
    location: "IT",
    stars: 4,
    title: "Bello e curato",
    text: "Struttura curata nei dettagli, personale gentilissimo. Unico neo: l'aria condizionata faceva un po' di rumore di notte. Colazione ottima, soprattutto i dolci portoghesi.",
    language: "it",
    daysAgo: 13.5,
    reply: {
      daysAgo: 12.9,
      editedDaysAgo: 12.2,
      text: "Grazie mille Giulia! Abbiamo fatto controllare il condizionatore della camera 204 e il tecnico ha sostituito la ventola. Speriamo di rivederti presto a Lisbona. Marta, Guest Relations",
    },
  },
  {
    author: "Sanne de Vries",
    location: "NL",
    stars: 5,
    title: "Top!",
    text: "Top hotel 👍 Alles klopte.",
    language: "nl",
    daysAgo: 17.1,
  },
  {
    author: "Ethan Walsh",
    location: "IE",
    stars: 4,
    title: "Great value in a pricey part of town",
    text: "Clean, central and the staff went out of their way to store our bags after checkout and let us use the shower before a late flight. The lift is tiny & slow, so if you have mobility issues ask for a low floor.",
    language: "en",
    daysAgo: 21.6,
    verified: true,
    referenceId: "CAZ-24-09871",
  },
  {
    author: "Katarzyna Nowak",
    location: "PL",
    stars: 2,
    title: "Nie polecam w sierpniu",
    text: "Pokój na ostatnim piętrze był strasznie nagrzany, klimatyzacja nie dawała rady. Obsługa miła, ale nie zaproponowała zmiany pokoju. Śniadanie bardzo dobre.",
    language: "pl",
    daysAgo: 26.2,
  },
  {
    author: "Rui Teixeira",
    location: "PT",
    stars: 5,
    title: "Voltaremos!",
    text: "Segunda vez que ficamos aqui e continua impecável. Obrigado à equipa pela garrafa de vinho do Porto no quarto para o nosso aniversário.",
    language: "pt",
    daysAgo: 31.8,
    verified: true,
    referenceId: "CAZ-24-09655",
    reply: {
      daysAgo: 30.9,
      text: "Caro Rui, muito obrigado por voltar! Foi um prazer celebrar o vosso aniversário connosco. Até à próxima! Equipa Casa Azulejo",
    },
  },
  {
    author: "Emma Lindqvist",
    location: "SE",
    stars: 3,
    title: "Okej men inte mer",
    text: "Trevlig personal och fint läge, men rummet luktade instängt och handdukarna var slitna. Frukosten var bra.",
    language: "sv",
    daysAgo: 38.4,
  },
  {
    author: "Dr. Harold \"Hal\" Pierce",
    location: "US",
    stars: 5,
    title: "Exceeded expectations <3",
    text: "Booked last-minute after our cruise was cancelled & couldn't have been happier. The night manager, Paulo, printed our train tickets, found us a pharmacy open at 11pm and recommended a fado place that wasn't a tourist trap. Rooms are small, but that's Lisbon.",
    language: "en",
    daysAgo: 46.7,
    verified: true,
    referenceId: "CAZ-24-09212",
  },
  {
    author: "Anders Madsen",
    location: "DK",
    stars: 4,
    title: "Hyggeligt hotel",
    text: "Fint og rent hotel med god service. Lidt larm fra gaden om natten, men det må man forvente i centrum.",
    language: "da",
    daysAgo: 55.3,
  },
];
