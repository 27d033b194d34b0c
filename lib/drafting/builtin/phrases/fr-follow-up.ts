import type { PhraseBank } from "./types";

// La suite donnée à une réclamation, selon sa nature ; les questions ; les salutations pour les marques
// qui tutoient. {noun} comme dans fr-aspects.ts ; chaque étape nomme le service réellement concerné.

export const frFollowUp: Pick<PhraseBank, "nextStepFor" | "questionAbout" | "answer" | "informal"> = {
  nextStepFor: {
    size: [
      "J'ai transmis vos remarques sur la taille de la chambre à notre service des réservations, afin que nos descriptions de chambres soient plus précises.",
      "Vos commentaires sur la taille de la chambre ont été transmis à notre service des réservations[, qui veille à décrire nos catégories le plus clairement possible|].",
    ],
    dirty: [
      "J'ai transmis vos remarques concernant {noun} à notre gouvernante générale, qui revoit [nos contrôles de propreté|nos procédures de nettoyage] avec l'équipe.",
      "Notre gouvernante générale a pris connaissance de vos remarques et va revoir avec l'équipe le contrôle des chambres avant chaque arrivée.",
    ],
    broken: [
      "J'ai signalé le problème concernant {noun} à notre service technique afin qu'il soit [vérifié et réparé|réglé rapidement].",
      "Notre service technique a été chargé de vérifier {noun} et de [réparer ce qui ne fonctionnait pas|régler le problème].",
    ],
    noise: [
      "J'ai demandé à notre service technique d'examiner l'isolation phonique de ce côté du bâtiment[, et notre réception notera volontiers votre souhait d'une chambre plus calme|].",
      "Vos remarques sur le bruit ont été transmises à notre service technique ; lors de votre prochaine réservation, [n'hésitez pas à demander une chambre calme|indiquez-nous simplement que vous souhaitez une chambre calme].",
    ],
    service: [
      "J'ai évoqué votre expérience avec le responsable du service concerné, car ce n'est pas ainsi que nous souhaitons traiter nos clients.",
      "J'ai partagé vos remarques avec les responsables d'équipe[ ; elles seront abordées lors de notre prochaine formation|].",
    ],
    wait: [
      "J'ai transmis ce point à notre responsable de la réception afin de revoir l'organisation aux heures d'affluence.",
      "Attendre n'est pas l'accueil que nous voulons réserver à nos clients, et notre responsable de la réception revoit l'organisation des arrivées aux heures de pointe.",
    ],
    food: [
      "J'ai transmis vos remarques concernant {noun} à notre chef, qui les examine avec son équipe.",
      "Notre chef a pris connaissance de vos remarques concernant {noun} et étudie [ce que nous pouvons améliorer|comment faire mieux].",
    ],
    value: [
      "J'ai partagé votre avis sur le rapport qualité-prix avec notre direction, qui revoit régulièrement ce que comprennent nos tarifs.",
      "Vos remarques sur le rapport qualité-prix aident notre direction à revoir ce que nous incluons dans chaque séjour.",
    ],
    comfort: [
      "J'ai demandé à notre équipe des étages de vérifier {noun} de cette chambre et de remplacer ce qui est usé.",
      "Vos remarques concernant {noun} ont été transmises à notre équipe des étages, qui vérifie les matelas et les oreillers de cette chambre.",
    ],
  },
  questionAbout: [
    "Concernant votre question sur {noun}, notre équipe se fera un plaisir de vous aider : n'hésitez pas à contacter directement l'hôtel.",
    "Pour votre question concernant {noun}, contactez directement l'hôtel et nous vous répondrons avec plaisir.",
  ],
  answer: ["Pour répondre à votre question : {fact}", "Concernant votre question : {fact}"],
  informal: {
    greeting: { named: ["Bonjour {name},", "Salut {name},"], anonymous: ["Bonjour,", "Salut,"] },
    signOff: ["À bientôt,", "Belle journée,", "Amitiés,", "Bien à toi,"],
  },
};
