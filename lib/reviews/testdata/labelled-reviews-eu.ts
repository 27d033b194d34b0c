import type { LabelledReview } from "./labelled-review";

// German, French, Spanish, Italian, Portuguese and Dutch reviews written for Lobby's tests: synthetic,
// in the manner of real ones, labelled by hand.

export const LABELLED_EU: LabelledReview[] = [
  // German
  {
    id: "de-bettwanzen", rating: 1,
    text: "Im Zimmer gab es Bettwanzen, meine Tochter war am Morgen voller Stiche. Die Rezeption war unfreundlich und hat nur mit den Schultern gezuckt.",
    expect: { language: "de", urgency: "URGENT", reasons: ["hygiene"], aspects: [["staff", "negative"]], questions: 0, stay: ["family"] },
  },
  {
    id: "de-katrin-am-buffet", rating: 5,
    text: "Katrin am Buffet war unglaublich herzlich und das Frühstück sehr reichhaltig. Wir waren geschäftlich hier und das WLAN war schnell.",
    expect: { language: "de", urgency: "ROUTINE", aspects: [["breakfast", "positive"], ["wifi", "positive"]], questions: 0, stay: ["business"], staff: ["Katrin"] },
  },
  {
    id: "de-garage-frage", rating: 4,
    text: "Schönes Hotel, keine Spur von Schimmel trotz des alten Gebäudes. Gibt es eine Garage in der Nähe?",
    expect: { language: "de", urgency: "ROUTINE", questions: 1, topics: ["parking"] },
  },
  {
    id: "de-rhetorisch", rating: 2,
    text: "Das Zimmer war laut und sehr klein. Was will man bei dem Preis auch mehr erwarten?",
    expect: { language: "de", urgency: "PROMPT", reasons: [], aspects: [["noise", "negative"]], questions: 0 },
  },
  {
    id: "de-gestohlen", rating: 1,
    text: "Mein Portemonnaie wurde aus dem Zimmersafe gestohlen. Wir haben Anzeige erstattet.",
    expect: { language: "de", urgency: "URGENT", reasons: ["legal", "theft"], questions: 0 },
  },
  {
    id: "de-hochzeitstag", rating: 5,
    text: "Zu unserem Hochzeitstag gab es ein Upgrade und eine Flasche Sekt. Mein Mann und ich kommen gerne wieder.",
    expect: { language: "de", urgency: "ROUTINE", questions: 0, stay: ["couple"] },
  },
  // French
  {
    id: "fr-cafards", rating: 1,
    text: "Des cafards dans la salle de bain et une odeur d'égout permanente. Inacceptable pour ce prix.",
    expect: { language: "fr", urgency: "URGENT", reasons: ["hygiene"], aspects: [["smell", "negative"]], questions: 0 },
  },
  {
    id: "fr-julie-famille", rating: 5,
    text: "Merci à Julie à la réception pour son accueil. Nous étions en famille avec nos enfants et la piscine était parfaite.",
    expect: { language: "fr", urgency: "ROUTINE", aspects: [["pool-spa", "positive"]], questions: 0, stay: ["family"], staff: ["Julie"] },
  },
  {
    id: "fr-parking-moto", rating: 4,
    text: "Très bon séjour, personnel souriant. Est-ce que vous proposez un parking pour les motos ?",
    expect: { language: "fr", urgency: "ROUTINE", aspects: [["staff", "positive"]], questions: 1, topics: ["parking"] },
  },
  {
    id: "fr-que-demander", rating: 3,
    text: "Chambre propre mais bruyante côté rue. Que demander de plus pour ce prix ?",
    expect: { language: "fr", urgency: "ROUTINE", aspects: [["cleanliness", "positive"], ["noise", "negative"]], questions: 0 },
  },
  {
    id: "fr-glisse-douche", rating: 2,
    text: "Mon mari a glissé dans la douche, il n'y avait aucun tapis antidérapant. Personne ne s'est excusé.",
    expect: { language: "fr", urgency: "URGENT", reasons: ["safety"], questions: 0, stay: ["couple"] },
  },
  {
    id: "fr-deplacement", rating: 5,
    text: "En déplacement professionnel, j'ai apprécié le calme de la chambre et le wifi rapide.",
    expect: { language: "fr", urgency: "ROUTINE", aspects: [["noise", "positive"], ["wifi", "positive"]], questions: 0, stay: ["business"] },
  },
  // Spanish
  {
    id: "es-chinches", rating: 1,
    text: "Había chinches en la cama y nos picaron toda la noche. Pedimos la hoja de reclamaciones.",
    expect: { language: "es", urgency: "URGENT", reasons: ["hygiene", "legal"], questions: 0 },
  },
  {
    id: "es-familia", rating: 5,
    text: "Viajamos en familia con nuestros hijos y el personal fue muy amable. La piscina estaba impecable.",
    expect: { language: "es", urgency: "ROUTINE", aspects: [["staff", "positive"], ["pool-spa", "positive"]], questions: 0, stay: ["family"] },
  },
  {
    id: "es-traslado", rating: 4,
    text: "El hotel está muy bien ubicado, cerca del casco antiguo. ¿Tienen servicio de traslado al aeropuerto?",
    expect: { language: "es", urgency: "ROUTINE", aspects: [["location", "positive"]], questions: 1 },
  },
  {
    id: "es-que-mas", rating: 3,
    text: "La habitación es bonita pero el wifi no funcionaba. ¿Qué más se puede pedir por ese precio?",
    expect: { language: "es", urgency: "ROUTINE", aspects: [["room", "positive"], ["wifi", "negative"]], questions: 0 },
  },
  {
    id: "es-sin-chinches", rating: 2,
    text: "Sin chinches ni cucarachas, pero la limpieza era muy deficiente y el baño olía mal.",
    expect: { language: "es", urgency: "PROMPT", reasons: [], aspects: [["cleanliness", "negative"]], questions: 0 },
  },
  {
    id: "es-lucia", rating: 5,
    text: "Gracias a Lucía por todo, nos ayudó con las reservas de los restaurantes.",
    expect: { language: "es", urgency: "ROUTINE", questions: 0, staff: ["Lucía"] },
  },
  // Italian
  {
    id: "it-scarafaggi", rating: 1,
    text: "Abbiamo trovato scarafaggi in camera e la muffa sul soffitto del bagno.",
    expect: { language: "it", urgency: "URGENT", reasons: ["hygiene"], questions: 0 },
  },
  {
    id: "it-marco-nozze", rating: 5,
    text: "Un grazie speciale a Marco del ristorante, cena squisita. Eravamo in viaggio di nozze.",
    expect: { language: "it", urgency: "ROUTINE", aspects: [["food", "positive"]], questions: 0, stay: ["couple"], staff: ["Marco"] },
  },
  {
    id: "it-parcheggio", rating: 4,
    text: "Posizione ottima vicino alla stazione. Avete un parcheggio convenzionato?",
    expect: { language: "it", urgency: "ROUTINE", aspects: [["location", "positive"]], questions: 1, topics: ["parking"] },
  },
  {
    id: "it-che-dire", rating: 3,
    text: "Camera pulita, colazione scarsa. Che dire? Per una notte va bene.",
    expect: { language: "it", urgency: "ROUTINE", aspects: [["cleanliness", "positive"], ["breakfast", "negative"]], questions: 0 },
  },
  {
    id: "it-rubato", rating: 2,
    text: "Mi hanno rubato il telefono dalla camera e la direzione non ha fatto nulla.",
    expect: { language: "it", urgency: "URGENT", reasons: ["theft"], questions: 0 },
  },
  {
    id: "it-silenziosa", rating: 5,
    text: "Nessun problema di rumore, camera silenziosa e letto comodo.",
    expect: { language: "it", urgency: "ROUTINE", aspects: [["noise", "positive"], ["bed", "positive"]], questions: 0 },
  },
  // Portuguese
  {
    id: "pt-baratas", rating: 1,
    text: "Havia baratas no quarto e o cheiro a mofo era insuportável.",
    expect: { language: "pt", urgency: "URGENT", reasons: ["hygiene"], aspects: [["smell", "negative"]], questions: 0 },
  },
  {
    id: "pt-ana-familia", rating: 5,
    text: "Obrigada à Ana da receção pela simpatia. Viajámos em família e o pequeno-almoço era excelente.",
    expect: { language: "pt", urgency: "ROUTINE", aspects: [["breakfast", "positive"]], questions: 0, stay: ["family"], staff: ["Ana"] },
  },
  {
    id: "pt-estacionamento", rating: 4,
    text: "Localização ótima e quarto confortável. Vocês têm estacionamento para autocaravanas?",
    expect: { language: "pt", urgency: "ROUTINE", aspects: [["location", "positive"]], questions: 1, topics: ["parking"] },
  },
  {
    id: "pt-barulhento", rating: 2,
    text: "O quarto era pequeno e barulhento, não recomendo.",
    expect: { language: "pt", urgency: "PROMPT", reasons: [], aspects: [["room", "negative"], ["noise", "negative"]], questions: 0 },
  },
  {
    id: "pt-doente", rating: 3,
    text: "Boa localização, mas fiquei doente depois do jantar no restaurante do hotel.",
    expect: { language: "pt", urgency: "URGENT", reasons: ["health"], aspects: [["location", "positive"]], questions: 0 },
  },
  // Dutch
  {
    id: "nl-bedwantsen", rating: 1,
    text: "Bedwantsen in het bed en de badkamer was vies. Nooit meer.",
    expect: { language: "nl", urgency: "URGENT", reasons: ["hygiene"], aspects: [["cleanliness", "negative"]], questions: 0 },
  },
  {
    id: "nl-gezin", rating: 5,
    text: "Met ons gezin een heerlijke week gehad, het zwembad was top en het personeel vriendelijk.",
    expect: { language: "nl", urgency: "ROUTINE", aspects: [["pool-spa", "positive"], ["staff", "positive"]], questions: 0, stay: ["family"] },
  },
  {
    id: "nl-vraag-bad", rating: 4,
    text: "Prima hotel, goed ontbijt. Hebben jullie ook kamers met een ligbad?",
    expect: { language: "nl", urgency: "ROUTINE", aspects: [["breakfast", "positive"]], questions: 1, topics: ["room"] },
  },
  {
    id: "nl-wat-wil-je", rating: 3,
    text: "Kamer was schoon maar gehorig. Wat wil je nog meer voor deze prijs?",
    expect: { language: "nl", urgency: "ROUTINE", aspects: [["cleanliness", "positive"], ["noise", "negative"]], questions: 0 },
  },
  {
    id: "nl-geen-kakkerlakken", rating: 2,
    text: "Geen kakkerlakken gezien, maar de airco werkte niet en het was veel te warm.",
    expect: { language: "nl", urgency: "PROMPT", reasons: [], aspects: [["air-conditioning", "negative"]], questions: 0 },
  },
  {
    id: "nl-inbraak", rating: 1,
    text: "Er is ingebroken in onze kamer en we hebben aangifte gedaan bij de politie.",
    expect: { language: "nl", urgency: "URGENT", reasons: ["safety", "legal"], questions: 0 },
  },
];
