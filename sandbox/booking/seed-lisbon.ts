import type { BookingSeedReview } from "./seed-review";

// Hand-written Booking.com reviews of Casa Azulejo Lisboa. About half carry only a score, as on Booking.

export const LISBON_REVIEWS: BookingSeedReview[] = [
  {
    name: "Sophie Brennan",
    country: "ie",
    score: 9,
    lang: "en-gb",
    headline: "Charming tiled rooms and a generous breakfast",
    positive:
      "Our room still had its original blue and white tiles and a tiny balcony over the lane. Breakfast had fresh fruit, local cheese and proper coffee, and reception printed our boarding passes without any fuss.",
    negative: "The lift is very small: two people with suitcases is a squeeze.",
    daysAgo: 1.4,
  },
  { name: "Rui", country: "pt", score: 8, daysAgo: 2.0 },
  {
    name: "Klaus Brandt",
    country: "de",
    score: 4,
    lang: "de",
    headline: "Zu laut und zu warm",
    positive: "Lage gut, Personal freundlich.",
    negative:
      "Die Klimaanlage in Zimmer 12 lief nur auf höchster Stufe und war sehr laut. Nachts hörten wir jede Gruppe, die die Gasse hinunterkam. Für diesen Preis hatte ich deutlich mehr erwartet.",
    daysAgo: 3.2,
  },
  // Booking's minimal case: an anonymous guest who answered only the cleanliness question.
  {
    name: null,
    country: "nl",
    score: 10,
    subscores: { clean: 10, staff: null, comfort: null, facilities: null, location: null, value: null },
    daysAgo: 3.9,
  },
  {
    name: "Inês Carvalho",
    country: "pt",
    genius: true,
    score: 7,
    lang: "pt-pt",
    headline: "Bom, mas o pequeno-almoço acaba cedo",
    positive: "Quarto limpo e bem decorado, cama confortável. A vista do terraço ao fim da tarde é lindíssima.",
    negative: "O pequeno-almoço termina às 10h00, o que é cedo para quem está de férias. O duche tinha pouca pressão.",
    daysAgo: 5.5,
    reply: {
      status: "published",
      daysAgo: 4.8,
      text: "Cara Inês, obrigada pela estadia e pelas palavras sobre o terraço. Já alargámos o pequeno-almoço até às 10h30 aos fins de semana e a manutenção reviu a pressão da água nos quartos do segundo piso. Esperamos recebê-la de novo. Marta, Receção",
    },
  },
  { name: "Tomasz", country: "pl", score: 9, daysAgo: 6.1 },
  {
    name: "Emma Lindqvist",
    country: "se",
    score: 2,
    lang: "en-gb",
    headline: "Not the room we booked",
    negative:
      "We booked a double with a river view and were given an inside room facing a wall. Reception said the hotel was full and could not move us. The photos on the listing are misleading.",
    daysAgo: 7.3,
    editedDaysAgo: 6.9,
    // Refused by Booking's moderation: it argues with the guest instead of answering her.
    reply: {
      status: "rejected",
      daysAgo: 7.0,
      text: "You booked our cheapest room type, and views are never guaranteed. Please read the conditions before complaining.",
    },
  },
  { name: "Marco", country: "it", score: 6, daysAgo: 8.4 },
  {
    name: "Lucía Romero",
    country: "es",
    genius: true,
    score: 10,
    lang: "es",
    headline: "¡Volveremos seguro!",
    positive:
      "Todo el personal fue encantador, sobre todo Duarte en recepción, que nos recomendó una casa de fado que no olvidaremos. La habitación era preciosa y estaba impecable.",
    negative: "Nada.",
    daysAgo: 10.2,
    reply: {
      status: "pending",
      daysAgo: 0.5,
      text: "¡Muchas gracias, Lucía! Duarte se ha alegrado mucho al leer su comentario. Les esperamos pronto de vuelta en Lisboa.",
    },
  },
  { name: "Jean-Baptiste", country: "fr", score: 7, daysAgo: 11.8 },
  {
    name: "Aiko Tanaka",
    country: "jp",
    score: 8,
    lang: "ja",
    headline: "静かで清潔なホテル",
    positive: "スタッフがとても親切で、部屋も清潔でした。朝食のエッグタルトが美味しかったです。",
    negative: "坂道が多いので、スーツケースを持って歩くのは大変でした。",
    daysAgo: 13.5,
  },
  { name: null, country: "gb", score: 5, daysAgo: 15.0 },
  // An older review on Booking's earlier decimal scale (unconfirmed whether the API still sends these).
  {
    name: "Pieter de Vries",
    country: "nl",
    score: 7.9,
    lang: "nl",
    headline: "Prima uitvalsbasis",
    positive: "Tram 28 stopt bijna voor de deur en je loopt zo naar de kathedraal en het kasteel.",
    negative: "Handdoeken werden niet dagelijks vervangen, ook niet toen we erom vroegen.",
    daysAgo: 18.6,
  },
  { name: "Ana", country: "br", score: 9, daysAgo: 21.2 },
  // A headline and nothing else: Booking counts this as score-only for replies.
  { name: "Hannes", country: "at", score: 6, lang: "de", headline: "Okay für eine Nacht", daysAgo: 24.9 },
  {
    name: "Olivia Hart",
    country: "us",
    score: 9,
    lang: "en-us",
    headline: "Our favourite stay in Portugal 🇵🇹",
    positive:
      "Everything felt personal: a handwritten welcome card, port wine in the room and tips for a sunset spot without the crowds.\nThe rooftop at breakfast is worth the early alarm, and housekeeping left the tiles gleaming every day.",
    negative: "Parking nearby is close to impossible; we left the car in a garage by the river for €25 a day.",
    daysAgo: 29.3,
    reply: {
      status: "published",
      daysAgo: 28.1,
      text: "Dear Olivia, thank you for such a warm review! We are so glad the rooftop and the sunset tip made your stay. Next time, ask us in advance and we will reserve a space at our partner garage at a lower rate. Until soon, Marta",
    },
  },
  { name: "Lars", country: "dk", score: 3, daysAgo: 33.7 },
  {
    name: "Gaëlle Moreau",
    country: "fr",
    score: 1,
    lang: "fr",
    headline: "Très déçue",
    negative:
      "Des cheveux dans la salle de bain à l'arrivée et une odeur de tabac dans une chambre non-fumeur. On ne nous a proposé une autre chambre que le lendemain.",
    daysAgo: 41.2,
  },
  { name: "Sven", country: "de", score: 8, daysAgo: 52.0 },
];
