// Hand-written seed reviews for the two demo locations. Times are relative to the seed's base date.

export interface SeedReview {
  author: string;
  anonymous?: boolean;
  /** 0 = STAR_RATING_UNSPECIFIED */
  stars: 0 | 1 | 2 | 3 | 4 | 5;
  comment?: string;
  daysAgo: number;
  /** Set when the guest edited the review after posting it. */
  editedDaysAgo?: number;
  reply?: { comment: string; daysAgo: number };
}

export const LISBON_REVIEWS: SeedReview[] = [
  {
    author: "Daniel Okafor",
    stars: 1,
    daysAgo: 1.1,
    comment:
      "Arrived at 4pm and the room still wasn't ready. We waited in the lobby for almost an hour with no offer of a drink or even an apology. When we finally got in, the air conditioning made a rattling noise all night and nobody came to look at it despite two calls to reception. Disappointing for what we paid.",
  },
  {
    author: "Hannah Whitfield",
    stars: 5,
    daysAgo: 2.3,
    comment:
      "We stayed four nights in the blue-tiled corner room and loved every minute. Breakfast on the rooftop is the highlight: Tiago kept bringing warm pastéis de nata and remembered how we take our coffee by day two. The streets up from the river are steep, so pack proper shoes. Would come back in a heartbeat.",
    reply: {
      daysAgo: 1.5,
      comment:
        "Dear Hannah, thank you for these lovely words! Tiago was delighted to hear the pastéis made an impression, and we are glad the corner room suited you. The hills of Alfama are part of the charm, we promise they get easier. We hope to welcome you back soon. Marta, Guest Relations",
    },
  },
  {
    author: "Joana Ferreira",
    stars: 4,
    daysAgo: 4.1,
    comment:
      "Localização excelente, a cinco minutos a pé do miradouro e com o elétrico mesmo à porta. O quarto é pequeno mas muito bem aproveitado e a cama é confortável. Só tiro uma estrela porque o duche demorava a aquecer de manhã.",
  },
  {
    author: "Markus Vogel",
    stars: 2,
    daysAgo: 6.7,
    comment:
      "Schönes Haus, aber für uns leider zu laut. Unser Zimmer ging zur Straße raus, die Straßenbahn fährt bis nach Mitternacht vorbei und ab sechs Uhr morgens wieder. Die Fenster sind alt und einfach verglast. Ohrstöpsel lagen zwar bereit, aber bei dem Preis erwarte ich besseren Schallschutz.",
  },
  {
    author: "Camille Laurent",
    stars: 5,
    daysAgo: 9.2,
    comment:
      "Accueil adorable d'Inês à notre arrivée : elle nous a dessiné un petit plan du quartier avec ses adresses préférées, et la tasca qu'elle nous a conseillée était la meilleure de notre séjour. Chambre impeccable, décoration soignée, on s'y sent comme chez soi.",
  },
  {
    author: "Alejandro Ruiz",
    stars: 3,
    daysAgo: 12.5,
    comment:
      "Hotel con encanto y muy limpio, pero el baño es diminuto y en la tercera planta el wifi se cortaba constantemente. Para unas vacaciones está bien; si necesitas trabajar desde la habitación, pide una planta más baja.",
  },
  {
    author: "Giulia Moretti",
    stars: 5,
    daysAgo: 15.8,
    comment:
      "Terrazza stupenda con vista sui tetti e sul fiume, soprattutto al tramonto. Colazione abbondante con frutta fresca e dolci fatti in casa. Tutto il personale è gentilissimo, un grazie speciale a Rui che ci ha aspettato fino a tardi quando il nostro volo era in ritardo.",
  },
  {
    author: "Sanne de Vries",
    stars: 4,
    daysAgo: 19.4,
    comment:
      "Prachtig gerestaureerd pand met originele tegels in de gang. De lift is wel heel klein, met twee koffers moesten we twee keer gaan. Ontbijt was prima, personeel vriendelijk en behulpzaam. Parkeren kan niet bij het hotel, maar ze hielpen ons aan een garage verderop.",
  },
  { author: "Pedro Santos", stars: 5, daysAgo: 22.2 },
  {
    author: "Emily Carter",
    stars: 4,
    daysAgo: 27.4,
    editedDaysAgo: 25.1,
    comment:
      "Update: the hotel refunded the minibar charge I mentioned, so I've bumped this up a star. The room was on the small side but spotless, and the tiles everywhere are gorgeous. Good value for the neighbourhood.",
  },
  {
    author: "Rita Almeida",
    stars: 2,
    daysAgo: 31.3,
    comment:
      "(Translated by Google) The room smelled of damp and there was mould on the bathroom ceiling. Reception moved us to another room the next day, but the first night was unpleasant.\n\n(Original)\nO quarto cheirava a humidade e havia bolor no teto da casa de banho. A receção mudou-nos de quarto no dia seguinte, mas a primeira noite foi desagradável.",
  },
  { author: "A Google user", anonymous: true, stars: 3, daysAgo: 36.6 },
  {
    author: "Sabine Krüger",
    stars: 5,
    daysAgo: 42.2,
    comment:
      "Bei unserer Buchung war etwas schiefgelaufen und wir hatten plötzlich nur ein Einzelzimmer. Die Managerin Marta hat sich sofort gekümmert und uns ohne Aufpreis die Suite gegeben. So einen Service erlebt man selten. Tipp: Die Rezeption hat Rabattkarten für das Parkhaus am Largo.",
    reply: {
      daysAgo: 41.4,
      comment:
        "Liebe Frau Krüger, vielen Dank für Ihre freundliche Bewertung! Es tut uns leid, dass bei Ihrer Buchung zunächst etwas nicht stimmte, und wir freuen uns, dass Sie die Suite genießen konnten. Wir hoffen, Sie bald wieder in Lissabon begrüßen zu dürfen. Herzliche Grüße, Marta",
    },
  },
  {
    author: "Julien Moreau",
    stars: 3,
    daysAgo: 50.5,
    comment:
      "Lit très confortable et chambre propre, mais le petit-déjeuner est le même tous les jours et le rapport qualité-prix est discutable en haute saison. Le quartier est vivant, donc un peu bruyant le week-end.",
  },
  {
    author: "Lucía Gómez",
    stars: 4,
    daysAgo: 57.3,
    comment:
      "El check-in fue rapidísimo y nos guardaron las maletas antes de la hora. La habitación con balcón merece la pena. Lo único: la cuesta para llegar con el equipaje es dura.",
  },
];

export const MUNICH_REVIEWS: SeedReview[] = [
  {
    author: "Thomas Berger",
    stars: 4,
    daysAgo: 0.6,
    comment:
      "Für Geschäftsreisen ideal: schnelles WLAN, großer Schreibtisch und genug Steckdosen am Bett. Das Frühstück ist gut, Katrin am Buffet ist immer freundlich und hat auch um 6:30 Uhr schon frischen Kaffee. Abzug für die Zimmertemperatur, die Klimaanlage lässt sich kaum regulieren.",
  },
  {
    author: "Rachel Simmons",
    stars: 2,
    daysAgo: 3.4,
    comment:
      "The underground car park is €32 a night, which nobody mentioned at booking. Check-in took twenty minutes because only one person was on the desk when a coach group arrived. The room itself was fine, clean and quiet, but the first impression wasn't great.",
  },
  {
    author: "Stefan Hoffmann",
    stars: 1,
    daysAgo: 5.9,
    comment:
      "Im August ohne funktionierende Klimaanlage, das Zimmer hatte nachts 28 Grad. Fenster öffnen ging nicht wegen der Baustelle gegenüber, die morgens um sieben losgelegt hat. Auf meine Beschwerde hieß es nur, man könne nichts machen.",
    reply: {
      daysAgo: 5.0,
      comment:
        "Sehr geehrter Herr Hoffmann, es tut uns aufrichtig leid, dass Ihr Aufenthalt so unangenehm war. Die Klimaanlage im vierten Stock wurde inzwischen repariert, und wir informieren Gäste nun vor der Anreise über die Bauarbeiten gegenüber. Gerne sprechen wir persönlich mit Ihnen. Mit freundlichen Grüßen, Jonas Weber, Hoteldirektor",
    },
  },
  {
    author: "Michael Tan",
    stars: 5,
    daysAgo: 8.3,
    comment:
      "Lukas at the concierge desk is a star. He got us a table at a beer hall that was fully booked and printed a running map along the Isar, which turned out to be the best part of my trip. Rooms facing the river are worth the extra.",
  },
  {
    author: "Pieter Janssen",
    stars: 3,
    daysAgo: 11.0,
    comment:
      "Goed ontbijt en vriendelijk personeel, maar het bed was veel te zacht voor mij en ik werd met rugpijn wakker. Tijdens de beurs was de prijs bijna het dubbele van normaal, dat vind ik niet in verhouding.",
  },
  {
    author: "Francesca Rinaldi",
    stars: 4,
    daysAgo: 14.6,
    comment:
      "Posizione comoda, a due passi dalla S-Bahn e con una bella passeggiata lungo il fiume fino al centro. Camera pulitissima e silenziosa. Unico neo: la palestra è minuscola, due tapis roulant per tutto l'hotel.",
  },
  {
    author: "Nicolas Petit",
    stars: 2,
    daysAgo: 18.2,
    comment:
      "Le wifi a coupé trois fois pendant une visioconférence importante, et à la réception on m'a simplement conseillé de redémarrer mon ordinateur. Pour un hôtel d'affaires, c'est gênant. Chambre correcte par ailleurs.",
  },
  {
    author: "Carmen Ortega",
    stars: 5,
    daysAgo: 21.5,
    comment:
      "Todo perfecto. El desayuno es de los mejores que he probado en Alemania y el señor Baumann, en recepción, nos ayudó a cambiar los billetes de tren sin que se lo pidiéramos. Volveremos.",
  },
  { author: "Jan Müller", stars: 4, daysAgo: 24.1 },
  {
    author: "Oliver Grant",
    stars: 3,
    daysAgo: 29.7,
    editedDaysAgo: 20.2,
    comment:
      "Walls are thin: I could follow my neighbour's phone calls word for word. On the plus side the shower is excellent and the bed was comfortable. Edited to add: they moved me to a quieter room on my second stay, so credit where it's due.",
  },
  {
    author: "Marco Bianchi",
    stars: 4,
    daysAgo: 33.2,
    comment:
      "Hotel moderno e ben organizzato, check-in veloce anche a tarda sera. Il parcheggio costa caro ma è comodo.\n\n(Translated by Google)\nModern, well-run hotel with a quick check-in even late in the evening. Parking is expensive but convenient.",
  },
  {
    author: "Claudia Schneider",
    stars: 5,
    daysAgo: 39.4,
    comment:
      "Wir hatten den Tagungsraum im ersten Stock für zwei Tage gebucht. Die Technik lief einwandfrei, Beamer und Mikrofone waren vorbereitet, und die Kaffeepausen kamen pünktlich und reichlich. Herr Baumann war jederzeit erreichbar. Gerne wieder.",
  },
  {
    author: "A Google user",
    anonymous: true,
    stars: 4,
    daysAgo: 47.8,
    comment:
      "Solid business hotel. Clean, good breakfast, easy tram ride to Marienplatz. The gym could do with an upgrade.",
  },
  {
    author: "Bruno Carvalho",
    stars: 3,
    daysAgo: 54.1,
    comment:
      "Quarto limpo e funcional, mas o pequeno-almoço é caro para o que oferece. A localização junto ao rio é agradável para passear ao fim da tarde.",
  },
  { author: "Lena Fischer", stars: 2, daysAgo: 58.6 },
];
