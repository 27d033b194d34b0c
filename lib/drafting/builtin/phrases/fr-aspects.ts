import type { AspectPhrases, PhraseBank } from "./types";

// What the French bank says about each aspect: its name in the generic templates, who follows up a
// complaint, specific thanks and specific apologies.

export const frAspects: PhraseBank["aspects"] = {
  room: {
    forms: { noun: "la chambre", team: "nos équipes des étages et de maintenance" },
    asked: { noun: "nos chambres" },
    praise: [
      "Nous sommes ravis que votre chambre vous ait offert tout le confort souhaité.",
      "Quel plaisir de lire que votre chambre était à votre goût !"],
    complaint: [
      "Nous sommes désolés que votre chambre n'ait pas été à la hauteur de vos attentes.",
      "Je regrette que votre chambre n'ait pas été aussi confortable qu'elle aurait dû l'être.",
      "Il est regrettable que votre chambre ne vous ait pas offert le confort attendu.",
      "Nous vous prions de nous excuser : votre chambre n'était pas au niveau attendu."],
  },
  cleanliness: {
    forms: { noun: "la propreté", team: "notre équipe des étages" },
    praise: [
      "Notre équipe des étages met un point d'honneur à la propreté : vos compliments lui feront très plaisir.",
      "Merci d'avoir remarqué la propreté des lieux ; je transmettrai vos mots à notre équipe des étages."],
    complaint: [
      "Je vous présente nos excuses : la propreté n'était pas au niveau de nos standards.",
      "Nous sommes sincèrement désolés que votre chambre n'ait pas été aussi propre qu'elle aurait dû l'être.",
      "Il est regrettable que la propreté de votre chambre n'ait pas été irréprochable.",
      "Nous vous prions de nous excuser pour ce manque de propreté."],
  },
  bathroom: {
    forms: { noun: "la salle de bain", team: "nos équipes des étages et de maintenance" },
    praise: [
      "Nous sommes heureux que la salle de bain vous ait plu ; ce sont ces détails qui comptent pour nous.",
      "Merci pour votre remarque positive sur la salle de bain."],
    complaint: [
      "Nous sommes désolés que la salle de bain n'ait pas été dans l'état que vous étiez en droit d'attendre.",
      "Je vous prie de nous excuser pour les désagréments liés à la salle de bain.",
      "Il est regrettable que la salle de bain n'ait pas été à la hauteur de ce que vous attendiez."],
  },
  bed: {
    forms: { noun: "la literie", team: "notre équipe des étages" },
    praise: [
      "Rien ne vaut une bonne nuit de sommeil : nous sommes ravis que la literie vous ait convenu.",
      "Quel plaisir de savoir que vous avez bien dormi chez nous !"],
    complaint: [
      "Nous sommes désolés que vous n'ayez pas aussi bien dormi que vous le méritiez.",
      "Je regrette que la literie n'ait pas été assez confortable.",
      "Il est regrettable que la literie ne vous ait pas permis de bien vous reposer."],
  },
  staff: {
    forms: { noun: "le service que vous avez reçu", team: "nos responsables de service" },
    praised: { noun: "notre équipe" },
    praise: [
      "Je transmettrai avec plaisir vos [compliments|mots aimables|mots si gentils] à toute l'équipe[, qui sera très touchée|, qui en sera ravie|].",
      "Notre équipe s'efforce chaque jour de [réserver à chacun un accueil chaleureux|faire en sorte que chacun se sente chez soi|rendre chaque séjour agréable] ; [vos mots lui vont droit au cœur|vos compliments lui font très plaisir|merci de l'avoir remarqué].",
      "Cela nous touche beaucoup de savoir que notre équipe a pris si bien soin de vous[ ; je partagerai vos mots avec chacun| : merci de le souligner|].",
      "[Quel plaisir|Quelle joie] de lire que notre équipe a contribué à [la réussite de votre séjour|rendre votre séjour si agréable][ : je ne manquerai pas de le lui dire|].",
    ],
    complaint: [
      "Nous sommes sincèrement désolés que notre équipe ne vous ait pas réservé l'accueil et le service que vous méritiez.",
      "Je vous présente nos excuses pour un service qui n'a pas été à la hauteur de nos exigences.",
      "Nous vous prions de nous excuser pour un accueil qui n'a pas été à la hauteur.",
      "Il est regrettable que notre équipe ne vous ait pas offert le service attendu."],
  },
  breakfast: {
    forms: { noun: "le petit-déjeuner", team: "notre équipe du petit-déjeuner" },
    praised: { noun: "notre petit-déjeuner" },
    praise: [
      "Nous sommes [ravis|heureux|enchantés] que notre petit-déjeuner vous ait plu[ ; je transmettrai vos compliments à l'équipe| : l'équipe du matin en sera ravie|].",
      "Bien commencer la journée, c'est [essentiel|primordial] : merci pour vos [mots|compliments] sur notre petit-déjeuner.",
      "Merci pour vos compliments sur notre petit-déjeuner[ : notre équipe sera ravie| ; cela fait très plaisir à toute l'équipe du matin|].",
      "C'est un [vrai|grand] plaisir de savoir que le petit-déjeuner [a été l'un des temps forts de votre séjour|vous a permis de bien commencer vos journées].",
    ],
    complaint: [
      "Nous regrettons que notre petit-déjeuner n'ait pas répondu à vos attentes.",
      "Toutes nos excuses pour un petit-déjeuner qui n'était pas à la hauteur.",
      "Il est regrettable que le petit-déjeuner ne vous ait pas donné satisfaction.",
      "Nous vous prions de nous excuser pour ce petit-déjeuner décevant."],
  },
  food: {
    forms: { noun: "les repas", team: "notre chef et son équipe" },
    praised: { noun: "notre cuisine" },
    praise: [
      "Merci pour vos compliments sur notre cuisine ; je les transmettrai avec plaisir à notre chef.",
      "Nous sommes ravis que vous ayez apprécié vos repas chez nous."],
    complaint: [
      "Nous regrettons que nos plats n'aient pas répondu à vos attentes.",
      "Toutes nos excuses pour des repas qui n'étaient pas à la hauteur.",
      "Il est regrettable que nos plats ne vous aient pas donné satisfaction.",
      "Nous vous prions de nous excuser pour des repas décevants."],
  },
  location: {
    forms: { noun: "notre emplacement", team: "notre équipe de la réception" },
    praise: [
      "Notre emplacement est l'un de nos grands atouts, et nous sommes heureux qu'il vous ait permis de découvrir {city} facilement.",
      "Nous sommes heureux que notre emplacement vous ait convenu."],
    complaint: [
      "Je comprends que notre emplacement n'était pas idéal pour votre programme, et je le regrette.",
      "Nous sommes désolés que l'emplacement ne vous ait pas convenu.",
      "Il est regrettable que notre emplacement ait compliqué votre séjour."],
  },
  noise: {
    forms: { noun: "le bruit", team: "notre service technique" },
    praised: { noun: "le calme" },
    praise: [
      "Une nuit au calme, c'est précieux : nous sommes heureux que vous ayez pu en profiter.",
      "Merci d'avoir souligné le calme de notre établissement."],
    complaint: [
      "Nous sommes sincèrement désolés que le bruit ait perturbé votre repos.",
      "Je regrette que vous n'ayez pas bénéficié de la nuit calme que vous méritiez.",
      "Il est regrettable que le bruit ait troublé votre sommeil.",
      "Nous vous prions de nous excuser pour cette nuit agitée."],
  },
  value: {
    forms: { noun: "le rapport qualité-prix", team: "notre direction" },
    praise: [
      "Nous sommes heureux que vous ayez trouvé notre rapport qualité-prix intéressant.",
      "Merci d'avoir souligné le rapport qualité-prix de votre séjour."],
    complaint: [
      "Nous sommes désolés que vous n'ayez pas trouvé notre rapport qualité-prix satisfaisant.",
      "Je regrette que votre séjour ne vous ait pas semblé à la hauteur de son prix.",
      "Il est regrettable que notre rapport qualité-prix n'ait pas répondu à vos attentes."],
  },
  "check-in": {
    forms: { noun: "votre arrivée", team: "notre équipe de la réception" },
    asked: { noun: "l'arrivée à l'hôtel" },
    praise: [
      "Un accueil chaleureux donne le ton de tout le séjour : nous sommes ravis que votre arrivée se soit si bien passée.",
      "Merci pour vos mots sur votre arrivée, qui s'est déroulée sans encombre."],
    complaint: [
      "Toutes nos excuses pour une arrivée qui ne s'est pas déroulée aussi bien qu'elle l'aurait dû.",
      "Nous sommes désolés que l'enregistrement ait pris plus de temps que prévu.",
      "Il est regrettable que votre arrivée ne se soit pas mieux passée."],
  },
  wifi: {
    forms: { noun: "le wifi", team: "notre service informatique" },
    praise: [
      "Nous sommes contents que le wifi ait bien fonctionné pendant votre séjour.",
      "Merci pour votre remarque positive sur le wifi."],
    complaint: [
      "Nous sommes désolés pour les problèmes de wifi rencontrés pendant votre séjour.",
      "Toutes nos excuses pour le wifi, qui n'a pas fonctionné comme il aurait dû.",
      "Il est regrettable que le wifi vous ait fait défaut pendant votre séjour."],
  },
  parking: {
    forms: { noun: "le stationnement", team: "notre équipe de la réception" },
    praise: [
      "Nous sommes heureux que le stationnement ait été simple pour vous.",
      "Merci pour votre remarque positive sur le stationnement."],
    complaint: [
      "Nous sommes désolés que le stationnement ait été compliqué.",
      "Toutes nos excuses pour les désagréments liés au stationnement.",
      "Il est regrettable que le stationnement ait compliqué votre arrivée."],
  },
  "pool-spa": {
    forms: { noun: "notre espace bien-être", team: "notre équipe du spa" },
    praise: [
      "Nous sommes ravis que vous ayez pu vous détendre dans notre espace bien-être.",
      "Merci pour vos compliments sur notre espace bien-être."],
    complaint: [
      "Nous regrettons que notre espace bien-être n'ait pas répondu à vos attentes.",
      "Toutes nos excuses : notre espace bien-être n'était pas à la hauteur de vos attentes.",
      "Il est regrettable que notre espace bien-être ne vous ait pas permis de vous détendre comme vous l'espériez."],
  },
  "air-conditioning": {
    forms: { noun: "la climatisation", team: "notre service technique" },
    praise: [
      "Nous sommes heureux que la climatisation vous ait assuré une température agréable.",
      "Merci pour votre remarque positive sur la climatisation."],
    complaint: [
      "Nous sommes désolés que la climatisation n'ait pas maintenu une température agréable dans votre chambre.",
      "Toutes nos excuses pour la température de votre chambre.",
      "Il est regrettable que la température de votre chambre n'ait pas été agréable."],
  },
  smell: {
    forms: { noun: "l'odeur dans la chambre", team: "notre équipe des étages" },
    praised: { noun: "la fraîcheur des chambres" },
    praise: [
      "Nous sommes heureux que tout vous ait paru si frais et soigné.",
      "Merci d'avoir remarqué la fraîcheur des chambres ; notre équipe des étages y veille chaque jour."],
    complaint: [
      "Je regrette vivement l'odeur désagréable que vous avez remarquée dans votre chambre.",
      "Nous sommes désolés pour l'odeur désagréable dans votre chambre.",
      "Nous vous prions de nous excuser pour cette odeur, qui n'avait pas sa place dans votre chambre."],
  },
  view: {
    forms: { noun: "la vue", team: "notre service des réservations" },
    praise: [
      "Nous ne nous lassons pas non plus de cette vue : ravis qu'elle vous ait plu !",
      "Nous sommes heureux que la vue ait rendu votre séjour encore plus agréable."],
    complaint: [
      "Nous regrettons que la vue n'ait pas été à la hauteur de vos attentes.",
      "Je comprends que vous espériez une plus belle vue, et je le regrette.",
      "Il est regrettable que la vue n'ait pas répondu à vos attentes."],
  },
  facilities: {
    forms: { noun: "le bâtiment et ses espaces communs", team: "notre direction" },
    praise: [
      "Nous sommes ravis que le bâtiment et ses espaces communs vous aient plu.",
      "Nos espaces communs nous tiennent à cœur : merci pour vos mots aimables à leur sujet."],
    complaint: [
      "Nous regrettons que le bâtiment et ses espaces communs n'aient pas été à la hauteur de vos attentes.",
      "Je suis désolé que nos espaces communs n'aient pas été au niveau que vous attendiez.",
      "Il est regrettable que nos espaces communs ne vous aient pas laissé une meilleure impression."],
  },
  billing: {
    forms: { noun: "votre réservation et la facturation", team: "notre service des réservations et de la comptabilité" },
    praise: [
      "Nous sommes heureux que la réservation et la facturation se soient déroulées sans difficulté.",
      "Ravis que tout ait été clair et simple pour votre réservation."],
    complaint: [
      "Je suis désolé pour les difficultés liées à votre réservation et à la facturation, qui doivent toujours être claires et exactes.",
      "Nous regrettons la confusion concernant la facturation de votre séjour.",
      "Nous vous prions de nous excuser pour la confusion concernant votre facture."],
  },
};

/** Praise or criticism filed under food that is about drinks (cocktails, wine, coffee); never names a bar the hotel may not have. */
export const frDrinks: AspectPhrases = {
  forms: { noun: "notre carte des boissons", team: "notre équipe de salle" },
  praise: [
    "Nous sommes heureux que nos boissons vous aient plu[ : je transmets vos compliments à l'équipe|].",
    "Merci pour vos compliments sur nos boissons ; je les transmettrai avec plaisir à notre équipe de salle.",
    "C'est un plaisir de lire que vous avez apprécié nos boissons.",
  ],
  complaint: [
    "Nous sommes désolés que nos boissons n'aient pas été à la hauteur de vos attentes.",
    "Toutes nos excuses pour des boissons qui n'étaient pas à la hauteur.",
    "Je regrette que les boissons servies n'aient pas été à votre goût.",
  ],
};
