import type { AspectPhrases, PhraseBank } from "./types";

// What the German bank says about each aspect: its name in the generic templates, who follows up a
// complaint, specific thanks and specific apologies.

export const deAspects: PhraseBank["aspects"] = {
  room: {
    forms: { nom: "das Zimmer", acc: "das Zimmer", zu: "zum Zimmer", team: "unser Housekeeping- und Technikteam" },
    asked: { nom: "unsere Zimmer", acc: "unsere Zimmer", zu: "zu unseren Zimmern" },
    praise: [
      "Es freut mich sehr, dass Sie sich in Ihrem Zimmer so wohlgefühlt haben.",
      "Schön, dass Ihnen Ihr Zimmer [so gut gefallen hat|so zugesagt hat]."],
    complaint: [
      "Es tut mir leid, dass Ihr Zimmer nicht Ihren Erwartungen entsprochen hat.",
      "Ich bedauere sehr, dass Ihr Zimmer nicht so komfortabel war, wie es hätte sein sollen.",
      "Wir bedauern sehr, dass Ihr Zimmer nicht dem Standard entsprach, den Sie zu Recht erwarten.",
      "Leider war Ihr Zimmer nicht so, wie es sein sollte – das tut mir leid."],
  },
  cleanliness: {
    forms: { nom: "die Sauberkeit", acc: "die Sauberkeit", zu: "zur Sauberkeit", team: "unser Housekeeping-Team" },
    praise: [
      "Unser Housekeeping-Team legt großen Wert auf Sauberkeit, daher freut es sich ganz besonders über Ihr Lob.",
      "Vielen Dank, dass Ihnen die Sauberkeit [aufgefallen ist|positiv aufgefallen ist] – ich gebe das gern an unser Housekeeping-Team weiter."],
    complaint: [
      "Bitte entschuldigen Sie, dass die Sauberkeit nicht unserem Standard entsprochen hat.",
      "Es tut mir aufrichtig leid, dass Ihr Zimmer nicht so sauber war, wie Sie es erwarten dürfen.",
      "Wir bedauern sehr, dass die Sauberkeit während Ihres Aufenthalts zu wünschen übrig ließ.",
      "Leider war Ihr Zimmer nicht so sauber, wie es sein muss – dafür entschuldige ich mich."],
  },
  bathroom: {
    forms: { nom: "das Badezimmer", acc: "das Badezimmer", zu: "zum Badezimmer", team: "unser Housekeeping- und Technikteam" },
    praise: [
      "Es freut mich, dass Ihnen das Badezimmer gefallen hat; gerade solche Details sind uns wichtig.",
      "Schön, dass das Badezimmer Ihren Erwartungen entsprochen hat."],
    complaint: [
      "Es tut mir leid, dass das Badezimmer nicht in dem Zustand war, den Sie erwarten dürfen.",
      "Bitte entschuldigen Sie die Unannehmlichkeiten mit dem Badezimmer.",
      "Wir bedauern, dass das Badezimmer Ihren Aufenthalt getrübt hat.",
      "Leider war das Badezimmer nicht in dem Zustand, den wir von uns selbst erwarten – das tut mir leid."],
  },
  bed: {
    forms: { nom: "das Bett", acc: "das Bett", zu: "zum Bett", team: "unser Housekeeping-Team" },
    praise: [
      "Ein erholsamer Schlaf ist das Wichtigste, daher freut es mich sehr, dass Sie das Bett so bequem fanden.",
      "Schön zu lesen, dass Sie bei uns so gut geschlafen haben."],
    complaint: [
      "Es tut mir leid, dass Sie nicht so gut geschlafen haben, wie Sie es verdient hätten.",
      "Ich bedauere, dass das Bett nicht bequem genug war.",
      "Wir bedauern sehr, dass Ihnen das Bett keinen erholsamen Schlaf ermöglicht hat.",
      "Für die unruhigen Nächte möchte ich mich bei Ihnen entschuldigen."],
  },
  staff: {
    forms: { nom: "unser Service", acc: "unseren Service", zu: "zu unserem Service", team: "unsere Abteilungsleitungen" },
    praised: { nom: "unser Team", acc: "unser Team", zu: "zu unserem Team" },
    praise: [
      "Ich werde Ihr Lob [gern|sehr gern|mit Freude] an [das gesamte Team|alle Kolleginnen und Kollegen|unser ganzes Team] weitergeben – [alle werden sich sehr darüber freuen|das wird alle sehr freuen|darüber freut sich jeder Einzelne].",
      "Unser Team setzt sich jeden Tag dafür ein, dass sich [unsere Gäste|alle Gäste] [willkommen|rundum wohl|wie zu Hause] fühlen, daher [bedeuten uns Ihre Worte sehr viel|freuen wir uns sehr über Ihr Lob|ist Ihr Lob die schönste Bestätigung].",
      "Es bedeutet uns viel zu hören, dass sich unser Team so gut um Sie gekümmert hat[ – ich gebe Ihre Worte gern an alle weiter|; ich werde Ihr Lob gern weitergeben|].",
      "[Schön|Wunderbar], dass Sie sich bei unserem Team so gut aufgehoben gefühlt haben[ – vielen Dank, dass Sie das erwähnen|; Ihr Lob gebe ich gern weiter|].",
    ],
    complaint: [
      "Es tut mir sehr leid, dass Sie von unserem Team nicht den Service erhalten haben, den Sie verdienen.",
      "Bitte entschuldigen Sie, dass unser Service nicht unseren eigenen Ansprüchen gerecht wurde.",
      "Wir bedauern sehr, dass Sie sich bei uns nicht gut betreut gefühlt haben.",
      "Für den Service, den Sie erlebt haben, möchte ich mich in aller Form entschuldigen."],
  },
  breakfast: {
    forms: { nom: "das Frühstück", acc: "das Frühstück", zu: "zum Frühstück", team: "unser Frühstücksteam" },
    praise: [
      "Es freut mich [sehr|besonders|riesig], dass Ihnen unser Frühstück so gut geschmeckt hat[ – ich sage es gern unserem Frühstücksteam|; ich gebe Ihr Lob gern an das Frühstücksteam weiter|].",
      "Ein gutes Frühstück ist der [beste|schönste] Start in den Tag, daher [freut es uns|freuen wir uns sehr], dass es Ihnen [geschmeckt hat|so gut gefallen hat].",
      "Vielen Dank für Ihr Lob für unser Frühstück[ – unser Frühstücksteam wird sich sehr freuen| – das hören wir besonders gern|].",
      "Schön, dass Ihnen [unser Frühstück|das Frühstück bei uns] so gut geschmeckt hat[ – danke für das Kompliment|].",
    ],
    complaint: [
      "Es tut mir leid, dass Sie unser Frühstück enttäuscht hat.",
      "Ich bedauere, dass das Frühstück nicht Ihren Erwartungen entsprochen hat.",
      "Wir bedauern, dass unser Frühstück Sie nicht überzeugt hat.",
      "Leider war das Frühstück nicht so, wie Sie es von uns erwarten dürfen – das tut mir leid."],
  },
  food: {
    forms: { nom: "das Essen", acc: "das Essen", zu: "zum Essen", team: "unser Küchenteam" },
    praise: [
      "Vielen Dank für Ihr Lob für unsere Küche – ich gebe es gern an unser Küchenteam weiter.",
      "Es freut mich sehr, dass Ihnen das Essen bei uns geschmeckt hat."],
    complaint: [
      "Es tut mir leid, dass das Essen nicht Ihren Erwartungen entsprochen hat.",
      "Bitte entschuldigen Sie, dass Ihre Mahlzeiten bei uns enttäuschend waren.",
      "Wir bedauern, dass unsere Küche Sie diesmal nicht überzeugen konnte.",
      "Dass Ihnen das Essen bei uns nicht geschmeckt hat, tut mir sehr leid."],
  },
  location: {
    forms: { nom: "unsere Lage", acc: "unsere Lage", zu: "zu unserer Lage", team: "unser Rezeptionsteam" },
    praise: [
      "Schön, dass Ihnen unsere Lage [so gut gefallen hat|so zugesagt hat] und Sie von hier aus alles bequem erreichen konnten.",
      "Unsere Lage gehört auch für uns zu den großen Vorzügen des Hauses, und es freut mich, dass sie Ihnen so gut gepasst hat."],
    complaint: [
      "Ich verstehe, dass unsere Lage für Ihre Pläne nicht ideal war, und bedauere die Unannehmlichkeiten.",
      "Es tut mir leid, dass die Lage nicht so gut zu Ihren Plänen gepasst hat, wie Sie es sich gewünscht hätten.",
      "Wir bedauern, dass unsere Lage für Ihren Aufenthalt nicht so günstig war, wie Sie gehofft hatten."],
  },
  noise: {
    forms: { nom: "der Lärm", acc: "den Lärm", zu: "zum Lärm", team: "unsere Haustechnik" },
    praised: { nom: "die Ruhe", acc: "die Ruhe", zu: "zur Ruhe" },
    praise: [
      "Eine ruhige Nacht ist viel wert – schön, dass Sie die Ruhe bei uns genießen konnten.",
      "Es freut mich, dass Sie unser Haus als so ruhig und erholsam erlebt haben."],
    complaint: [
      "Es tut mir sehr leid, dass der Lärm Ihre Nachtruhe gestört hat.",
      "Bitte entschuldigen Sie, dass Sie nicht die ruhige Nacht hatten, die Sie verdient hätten.",
      "Wir bedauern sehr, dass Sie keine ruhige Nacht bei uns hatten.",
      "Für die unruhige Nacht möchte ich mich bei Ihnen entschuldigen."],
  },
  value: {
    forms: { nom: "das Preis-Leistungs-Verhältnis", acc: "das Preis-Leistungs-Verhältnis", zu: "zum Preis-Leistungs-Verhältnis", team: "unsere Geschäftsleitung" },
    praise: [
      "Es freut mich, dass Sie das Preis-Leistungs-Verhältnis überzeugt hat.",
      "Schön, dass sich Ihr Aufenthalt für Sie gelohnt hat."],
    complaint: [
      "Es tut mir leid, dass Ihr Aufenthalt für Sie kein gutes Preis-Leistungs-Verhältnis geboten hat.",
      "Ich bedauere, dass Sie den Preis für Ihren Aufenthalt nicht als angemessen empfunden haben.",
      "Wir bedauern, dass Sie Ihren Aufenthalt nicht als sein Geld wert empfunden haben.",
      "Dass der Aufenthalt für Sie den Preis nicht wert war, tut mir leid."],
  },
  "check-in": {
    forms: { nom: "der Check-in", acc: "den Check-in", zu: "zum Check-in", team: "unser Rezeptionsteam" },
    praise: [
      "Ein herzlicher Empfang prägt den ganzen Aufenthalt – schön, dass Ihr Check-in so reibungslos verlief.",
      "Es freut mich, dass Ihre Ankunft so unkompliziert war."],
    complaint: [
      "Bitte entschuldigen Sie, dass Ihre Ankunft nicht so reibungslos verlief, wie sie sollte.",
      "Es tut mir leid, dass der Check-in länger gedauert hat als nötig.",
      "Wir bedauern, dass Ihr Aufenthalt mit einem holprigen Check-in begonnen hat.",
      "Für den wenig gelungenen Empfang bei Ihrer Ankunft möchte ich mich entschuldigen."],
  },
  wifi: {
    forms: { nom: "das WLAN", acc: "das WLAN", zu: "zum WLAN", team: "unsere IT-Abteilung" },
    praise: [
      "Schön, dass das WLAN Sie zuverlässig verbunden hat.",
      "Es freut mich, dass das WLAN gut funktioniert hat."],
    complaint: [
      "Es tut mir leid, dass das WLAN Sie im Stich gelassen hat.",
      "Bitte entschuldigen Sie die Probleme mit dem WLAN.",
      "Wir bedauern, dass Sie sich nicht auf das WLAN verlassen konnten."],
  },
  parking: {
    forms: { nom: "das Parken", acc: "das Parken", zu: "zum Parken", team: "unser Rezeptionsteam" },
    praise: [
      "Schön, dass das Parken für Sie so unkompliziert war.",
      "Es freut mich, dass Sie problemlos parken konnten."],
    complaint: [
      "Es tut mir leid, dass das Parken so umständlich war.",
      "Bitte entschuldigen Sie die Unannehmlichkeiten beim Parken.",
      "Wir bedauern, dass das Parken Ihre Anreise erschwert hat."],
  },
  "pool-spa": {
    forms: { nom: "unser Wellnessbereich", acc: "unseren Wellnessbereich", zu: "zu unserem Wellnessbereich", team: "unser Wellness-Team" },
    praise: [
      "Es freut mich sehr, dass Sie in unserem Wellnessbereich entspannen konnten.",
      "Schön, dass Sie unseren Wellnessbereich genießen konnten."],
    complaint: [
      "Es tut mir leid, dass unser Wellnessbereich nicht Ihren Erwartungen entsprochen hat.",
      "Ich bedauere, dass Sie unseren Wellnessbereich nicht so genießen konnten, wie Sie es sich gewünscht hätten.",
      "Wir bedauern, dass unser Wellnessbereich Ihnen nicht die erhoffte Erholung bieten konnte."],
  },
  "air-conditioning": {
    forms: { nom: "die Klimaanlage", acc: "die Klimaanlage", zu: "zur Klimaanlage", team: "unsere Haustechnik" },
    praise: [
      "Schön, dass die Klimaanlage für eine angenehme Temperatur gesorgt hat.",
      "Es freut mich, dass die Temperatur in Ihrem Zimmer angenehm war."],
    complaint: [
      "Es tut mir leid, dass die Klimaanlage nicht für eine angenehme Temperatur gesorgt hat.",
      "Bitte entschuldigen Sie, dass die Temperatur in Ihrem Zimmer nicht angenehm war.",
      "Wir bedauern sehr, dass es in Ihrem Zimmer nicht angenehm temperiert war.",
      "Leider hat die Klimaanlage nicht so funktioniert, wie sie sollte – das tut mir leid."],
  },
  smell: {
    forms: { nom: "der Geruch im Zimmer", acc: "den Geruch im Zimmer", zu: "zum Geruch im Zimmer", team: "unser Housekeeping-Team" },
    praised: { nom: "die Frische im Zimmer", acc: "die Frische im Zimmer", zu: "zur Frische im Zimmer" },
    praise: [
      "Schön, dass sich alles so frisch und gepflegt angefühlt hat.",
      "Es freut mich, dass die Zimmer für Sie so angenehm frisch waren."],
    complaint: [
      "Es tut mir sehr leid, dass ein unangenehmer Geruch im Zimmer Ihren Aufenthalt beeinträchtigt hat.",
      "Bitte entschuldigen Sie den unangenehmen Geruch im Zimmer.",
      "Wir bedauern sehr, dass Ihr Zimmer nicht frisch gerochen hat."],
  },
  view: {
    forms: { nom: "die Aussicht", acc: "die Aussicht", zu: "zur Aussicht", team: "unser Reservierungsteam" },
    praise: [
      "Von dieser Aussicht bekommen auch wir nie genug – schön, dass sie Ihnen gefallen hat.",
      "Es freut mich, dass die Aussicht Ihren Aufenthalt [noch schöner gemacht hat|zu etwas Besonderem gemacht hat]."],
    complaint: [
      "Es tut mir leid, dass die Aussicht Sie enttäuscht hat.",
      "Ich verstehe, dass Sie sich eine schönere Aussicht gewünscht hätten, und bedauere das sehr.",
      "Wir bedauern, dass die Aussicht nicht Ihren Vorstellungen entsprochen hat."],
  },
  facilities: {
    forms: { nom: "das Haus und seine Gemeinschaftsbereiche", acc: "das Haus und seine Gemeinschaftsbereiche", zu: "zum Haus und seinen Gemeinschaftsbereichen", team: "unsere Geschäftsleitung" },
    praise: [
      "Es freut mich, dass Ihnen das Haus und seine Gemeinschaftsbereiche so gut gefallen haben.",
      "Auf unser Haus sind wir [sehr stolz|ein wenig stolz], daher freut mich Ihr Lob ganz besonders."],
    complaint: [
      "Es tut mir leid, dass das Haus und seine Gemeinschaftsbereiche nicht Ihren Erwartungen entsprochen haben.",
      "Bitte entschuldigen Sie, dass unsere Gemeinschaftsbereiche nicht dem Standard entsprochen haben, den Sie erwarten dürfen.",
      "Wir bedauern, dass unsere Gemeinschaftsbereiche keinen besseren Eindruck hinterlassen haben."],
  },
  billing: {
    forms: { nom: "Ihre Buchung und Rechnung", acc: "Ihre Buchung und Rechnung", zu: "zu Ihrer Buchung und Rechnung", team: "unser Reservierungs- und Buchhaltungsteam" },
    praise: [
      "Schön, dass Buchung und Abrechnung so reibungslos verlaufen sind.",
      "Es freut mich, dass bei Ihrer Buchung alles klar und einfach war."],
    complaint: [
      "Es tut mir leid, dass es bei Ihrer Buchung und Rechnung Unklarheiten gab; beides sollte immer klar und korrekt sein.",
      "Bitte entschuldigen Sie die Unannehmlichkeiten mit Ihrer Rechnung.",
      "Wir bedauern die Unklarheiten bei Ihrer Rechnung sehr.",
      "Für die Verwirrung um Ihre Rechnung möchte ich mich entschuldigen."],
  },
};

/** Praise or criticism filed under food that is about drinks (cocktails, wine, coffee); never names a bar the hotel may not have. */
export const deDrinks: AspectPhrases = {
  forms: { nom: "unser Getränkeangebot", acc: "unser Getränkeangebot", zu: "zu unserem Getränkeangebot", team: "unser Serviceteam" },
  praise: [
    "Es freut mich sehr, dass Ihnen die Getränke bei uns so gut geschmeckt haben.",
    "Vielen Dank für Ihr Lob für unsere Getränke – ich gebe es gern an unser Serviceteam weiter.",
    "Schön, dass Sie unsere Getränke so genossen haben[ – das hört unser Serviceteam gern|].",
  ],
  complaint: [
    "Es tut mir leid, dass Sie mit unseren Getränken nicht zufrieden waren.",
    "Bitte entschuldigen Sie, dass unsere Getränke nicht Ihren Erwartungen entsprochen haben.",
    "Ich bedauere sehr, dass unsere Getränke nicht gut genug waren.",
  ],
};
