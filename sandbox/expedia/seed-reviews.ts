import type { ResponseStatus, ReviewBrand } from "./types";

// Hand-written seed reviews for the two demo properties. Times are relative to the seed's base date;
// `overall` is on Expedia's 1-10 scale.

export interface SeedReview {
  first: string;
  last: string;
  locale: string;
  overall: number;
  title?: string;
  /** "" = the guest left only ratings. */
  body: string;
  daysAgo: number;
  /** Set when the guest edited the review after posting it. */
  editedDaysAgo?: number;
  brand?: ReviewBrand;
  /** Imported from another system: no reservation, cannot be answered through the API (unconfirmed). */
  imported?: true;
  /** Only the overall rating, no category ratings. */
  overallOnly?: true;
  response?: { body: string; locale: string; status: ResponseStatus; daysAgo: number };
}

export const LISBON_REVIEWS: SeedReview[] = [
  {
    first: "Oliver", last: "Bennett", locale: "en-GB", overall: 4, daysAgo: 1.2,
    title: "Tired room, lovely staff",
    body: "The welcome at reception was genuinely warm, but our room on the second floor felt worn out: a chipped sink, a wardrobe door hanging off one hinge and a musty smell we never got rid of. We asked to move and were told the hotel was full. Breakfast was the saving grace.",
  },
  {
    first: "Inês", last: "Carvalho", locale: "pt-PT", overall: 10, daysAgo: 2.5,
    title: "Um cantinho de Alfama",
    body: "Ficámos três noites no quarto com varanda sobre os telhados e não podia ter corrido melhor. O pequeno-almoço tem bolos caseiros todos os dias e a equipa deu-nos dicas ótimas para jantar longe dos sítios turísticos. Voltaremos de certeza.",
    response: {
      locale: "pt-PT", status: "APPROVED", daysAgo: 1.8,
      body: "Cara Inês, muito obrigado pelas suas palavras! Ficamos felizes por saber que gostou da varanda e dos nossos bolos. Esperamos recebê-la novamente em breve. Marta, Relações com Hóspedes",
    },
  },
  {
    first: "Katrin", last: "Hoffmann", locale: "de-DE", overall: 6, daysAgo: 3.9, brand: "HOTELS",
    title: "Schöne Lage, aber hellhörig",
    body: "Die Lage mitten in der Altstadt ist toll und die Azulejos im Treppenhaus sind ein Hingucker. Leider hört man jedes Gespräch aus dem Nachbarzimmer und die Straßenbahn um sechs Uhr früh. Für zwei Nächte okay, länger würde ich nicht bleiben.",
  },
  {
    first: "Julien", last: "Moreau", locale: "fr-FR", overall: 8, daysAgo: 5.3, editedDaysAgo: 4.1,
    title: "Très bon séjour",
    body: "Chambre petite mais impeccable, literie confortable et douche avec une vraie pression. Le personnel parle français, ce qui nous a bien aidés. Seul bémol : l'ascenseur minuscule pour nos valises. (Modifié : la réception nous a ensuite aidés à monter les bagages, merci !)",
  },
  {
    first: "Lucía", last: "Fernández", locale: "es-ES", overall: 2, daysAgo: 6.8,
    title: "No volveremos",
    body: "Reservamos una habitación doble con vistas y nos dieron una interior sin ventana al exterior. En recepción nos dijeron que las vistas «no estaban garantizadas», aunque las pagamos aparte. Además, el aire acondicionado goteaba sobre la cama.",
    response: {
      locale: "es-ES", status: "PENDING", daysAgo: 0.4,
      body: "Estimada Lucía, lamentamos mucho lo ocurrido con su habitación. Hemos revisado su reserva y le reembolsaremos el suplemento por las vistas. El aire acondicionado ya está reparado. Un saludo, Marta",
    },
  },
  {
    first: "Marcus", last: "Lee", locale: "en-US", overall: 10, daysAgo: 8, overallOnly: true,
    body: "Best breakfast terrace in Lisbon, hands down. 🌅 Coffee refills without asking, fresh fruit, and the view over the river at sunrise. Staff booked us a fado night that was the highlight of the trip.",
  },
  {
    first: "Giulia", last: "Romano", locale: "it-IT", overall: 7, daysAgo: 10, brand: "EBOOKERS",
    title: "Posizione top, camere piccole",
    body: "Posizione perfetta per girare a piedi, a due passi dal tram 28. La camera era davvero piccola e la valigia andava tenuta sul letto. Colazione buona e personale gentile.",
  },
  {
    first: "Sanne", last: "de Vries", locale: "nl-NL", overall: 9, daysAgo: 13,
    title: "Sfeervol",
    body: "Prachtig gerestaureerd pand met originele tegels. Het dakterras is een aanrader voor een glas wijn bij zonsondergang. De bedden waren wat hard voor ons.",
  },
  { first: "Rafael", last: "Souza", locale: "pt-BR", overall: 9, daysAgo: 15, body: "" },
  {
    first: "Priya", last: "Sharma", locale: "en-GB", overall: 3, daysAgo: 18,
    title: "Cleanliness needs work",
    body: "Hair in the shower on arrival, dust under the bed and towels that smelled of damp. Housekeeping sorted it after we complained, but it should not have been like that in the first place. The location is excellent, which is the only reason for the extra point.",
    response: {
      locale: "en-GB", status: "REJECTED", daysAgo: 17,
      body: "Dear Priya, we are sorry. Please call us on +351 21 000 0000 or write to reservas@casa-azulejo.example so we can make it up to you.",
    },
  },
  {
    first: "Stefan", last: "Gruber", locale: "de-AT", overall: 8, daysAgo: 22, brand: "ORBITZ",
    title: "Gerne wieder",
    body: "Freundliches Team, gutes Frühstück, ruhiges Zimmer zum Innenhof. Parken ist in der Gegend schwierig, wir haben das Auto am Stadtrand gelassen.",
  },
  {
    first: "美咲", last: "佐藤", locale: "ja-JP", overall: 8, daysAgo: 26,
    title: "素敵なタイルのホテル",
    body: "スタッフがとても親切で、おすすめのレストランを地図に書いてくれました。部屋は少し狭いですが清潔でした。坂が多いので歩きやすい靴がおすすめです。",
  },
  {
    first: "", last: "", locale: "en-US", overall: 5, daysAgo: 33, imported: true, brand: "OTHER", overallOnly: true,
    title: "OK for a night",
    body: "Fine for one night before an early flight. Nothing special.",
  },
  {
    first: "Claire", last: "Dubois", locale: "fr-FR", overall: 10, daysAgo: 41,
    title: "Notre lune de miel",
    body: "Nous avons passé notre lune de miel ici et tout était parfait. À notre arrivée, une bouteille de vinho verde et des pastéis de nata nous attendaient dans la chambre, avec un petit mot écrit à la main. La chambre du dernier étage a une vue incroyable sur le Tage et les toits d'Alfama ; le soir, on entend le fado d'un restaurant voisin, ce qui ajoute au charme. Le petit-déjeuner est servi jusqu'à 11 h, ce qui est appréciable en vacances. Inês, à la réception, nous a réservé une excursion à Sintra et une table dans une tasca familiale où nous avons mangé les meilleures sardines de notre vie. Petit conseil aux futurs voyageurs : la rue est en pente et pavée, prévoyez des valises à roulettes solides ou demandez au personnel de vous aider. Nous reviendrons pour notre premier anniversaire, c'est promis.",
    response: {
      locale: "fr-FR", status: "APPROVED", daysAgo: 39,
      body: "Chère Claire, merci d'avoir choisi notre maison pour votre lune de miel ! Inês garde un excellent souvenir de vous deux. Nous vous attendons pour votre premier anniversaire. Marta",
    },
  },
  {
    first: "Tomasz", last: "Nowak", locale: "pl-PL", overall: 1, daysAgo: 50,
    title: "Rezerwacja zniknęła",
    body: "Po przyjeździe okazało się, że nie ma naszej rezerwacji, mimo potwierdzenia z Expedii. Po godzinie czekania dostaliśmy pokój w innym hotelu. Nikt nie przeprosił.",
  },
];

export const MUNICH_REVIEWS: SeedReview[] = [
  {
    first: "Andreas", last: "Weber", locale: "de-DE", overall: 9, daysAgo: 0.8,
    title: "Blick auf die Isar",
    body: "Zimmer mit Flussblick, sehr ruhig trotz zentraler Lage. Das Frühstücksbuffet ist reichhaltig, der Kaffee aus der Siebträgermaschine ein Genuss. Zum Deutschen Museum sind es nur fünf Minuten zu Fuß.",
  },
  {
    first: "Jessica", last: "Miller", locale: "en-US", overall: 4, daysAgo: 2.2,
    title: "Overpriced during Oktoberfest",
    body: "I get that prices go up during Oktoberfest, but €420 a night for a room this size is hard to justify. The AC did not work and the window faced a courtyard where the kitchen staff took smoke breaks until midnight.",
  },
  {
    first: "Davide", last: "Colombo", locale: "it-IT", overall: 8, daysAgo: 4.4, brand: "HOTELS",
    title: "Comodo e pulito",
    body: "Hotel moderno e pulitissimo, check-in veloce anche a mezzanotte. Il parcheggio in garage costa 28 euro al giorno, un po' caro.",
  },
  {
    first: "Sabine", last: "Krüger", locale: "de-DE", overall: 5, daysAgo: 6.1,
    title: "Durchwachsen",
    body: "Das Personal war bemüht, aber das Zimmer roch nach Rauch, obwohl es ein Nichtraucherzimmer sein sollte. Das Frühstück war gut, die Matratze durchgelegen.",
    response: {
      locale: "de-DE", status: "APPROVED", daysAgo: 5.2,
      body: "Liebe Frau Krüger, danke für Ihre offenen Worte. Wir haben das Zimmer inzwischen gründlich gereinigt und die Matratze ersetzt. Wir würden uns freuen, Sie wieder begrüßen zu dürfen. Ihr Team vom Isarblick",
    },
  },
  {
    first: "Hannah", last: "Clarke", locale: "en-GB", overall: 10, daysAgo: 7.7,
    title: "Perfect base for a city break",
    body: "Spotless room, quiet at night and a gorgeous view over the river. The team at reception sorted out train tickets to Neuschwanstein for us and even packed a breakfast bag for our early departure.",
  },
  {
    first: "Élodie", last: "Martin", locale: "fr-FR", overall: 7, daysAgo: 9.5, brand: "EBOOKERS",
    title: "Bien mais bruyant le week-end",
    body: "Hôtel bien situé, chambre confortable. Le samedi soir, un mariage dans la salle de réception a duré jusqu'à 2 h du matin et on l'entendait depuis la chambre.",
  },
  {
    first: "Carlos", last: "Hernández", locale: "es-MX", overall: 9, daysAgo: 12,
    title: "Excelente",
    body: "Todo excelente: limpieza, ubicación y atención. El desayuno bávaro con pretzels y salchicha blanca fue toda una experiencia.",
  },
  {
    first: "지훈", last: "김", locale: "ko-KR", overall: 8, daysAgo: 14,
    title: "깨끗하고 조용해요",
    body: "방이 깨끗하고 조용했습니다. 직원들이 영어로 친절하게 안내해 주었고, 지하철역이 가까워서 편리했어요.",
  },
  {
    first: "Lukas", last: "Fischer", locale: "de-DE", overall: 2, daysAgo: 17,
    title: "Heizung defekt",
    body: "Im Januar bei minus zehn Grad funktionierte die Heizung zwei Nächte lang nicht. Man brachte uns einen kleinen Heizlüfter, das war alles. Eine Entschädigung wurde nicht angeboten.",
  },
  { first: "Kevin", last: "O'Brien", locale: "en-US", overall: 6, daysAgo: 20, body: "", overallOnly: true },
  {
    first: "Elif", last: "Yılmaz", locale: "tr-TR", overall: 9, daysAgo: 24, brand: "WOTIF",
    title: "Harika konum",
    body: "Nehir kenarında yürüyüş yapmak için harika bir konum. Oda temizdi, yataklar rahattı. Kahvaltı çeşitliydi.",
  },
  {
    first: "George", last: "Harris", locale: "en-GB", overall: 3, daysAgo: 29, editedDaysAgo: 3,
    title: "Billing problem",
    body: "Update: the refund finally arrived, thanks to the front office manager. Original complaint: we were charged twice for a minibar we never opened and had to chase the hotel for three weeks.",
  },
  {
    first: "Pieter", last: "Janssens", locale: "nl-BE", overall: 8, daysAgo: 35,
    title: "Aangenaam verblijf",
    body: "Vriendelijk personeel en een goed ontbijt. De kamer was wat klein voor drie personen, maar verder prima.",
  },
  {
    first: "芳", last: "王", locale: "zh-CN", overall: 10, daysAgo: 44,
    title: "非常满意",
    body: "酒店位置很好，步行可以到玛丽恩广场。房间干净，前台服务热情，还帮我们预订了餐厅。",
  },
  {
    first: "Nicole", last: "Brunner", locale: "de-CH", overall: 7, daysAgo: 55,
    title: "Guter Service",
    body: "Guter Service, aber das WLAN war im vierten Stock kaum zu gebrauchen. Für Geschäftsreisende ist das ein Problem.",
  },
];
