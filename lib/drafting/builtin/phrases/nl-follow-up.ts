import type { PhraseBank } from "./types";

// Wat er na een klacht gebeurt, per soort; vragen; begroeting voor merken die tutoyeren. {noun} zoals in
// nl-aspects.ts; elke stap noemt de afdeling die zich er echt mee bezighoudt.

export const nlFollowUp: Pick<PhraseBank, "nextStepFor" | "questionAbout" | "answer" | "informal"> = {
  nextStepFor: {
    size: [
      "Uw opmerkingen over de grootte van de kamer heb ik doorgegeven aan onze reserveringsafdeling, zodat onze kamerbeschrijvingen duidelijker worden.",
      "Uw feedback over de grootte van de kamer ligt bij onze reserveringsafdeling[, die kijkt hoe we elke kamercategorie nog duidelijker kunnen omschrijven|].",
    ],
    dirty: [
      "Uw opmerkingen over {noun} heb ik doorgegeven aan onze executive housekeeper, die [de schoonmaakcontroles|onze schoonmaakroutine] met het team doorloopt.",
      "Onze executive housekeeper kent uw opmerkingen en loopt met het team de controle van de kamers vóór elke aankomst na.",
    ],
    broken: [
      "Het probleem met {noun} heb ik gemeld bij onze technische dienst, zodat het [wordt nagekeken en gerepareerd|zo snel mogelijk wordt opgelost].",
      "Onze technische dienst is op de hoogte en kijkt {noun} na, [zodat alles weer werkt zoals het hoort|om het probleem op te lossen].",
    ],
    noise: [
      "Ik heb onze technische dienst gevraagd naar de geluidsisolatie aan die kant van het gebouw te kijken[, en bij de receptie noteren we graag uw voorkeur voor een rustigere kamer|].",
      "Uw opmerkingen over het geluid liggen bij onze technische dienst; vraag bij uw volgende boeking [gerust naar een rustige kamer|naar een kamer aan de rustige kant].",
    ],
    service: [
      "Ik heb uw ervaring besproken met het hoofd van de betreffende afdeling, want zo willen wij met geen enkele gast omgaan.",
      "Ik heb uw opmerkingen gedeeld met de teamleiders[; ze komen aan bod in onze volgende servicetraining|].",
    ],
    wait: [
      "Ik heb dit doorgegeven aan onze front office manager, zodat we de bezetting op drukke momenten kunnen herzien.",
      "Wachten is niet het welkom dat we willen geven, en onze front office manager bekijkt hoe we de aankomsten op drukke momenten beter organiseren.",
    ],
    food: [
      "Uw opmerkingen over {noun} heb ik doorgegeven aan onze chef-kok, die ze met het keukenteam bespreekt.",
      "Onze chef-kok kent uw feedback over {noun} en bekijkt [wat we kunnen verbeteren|hoe het beter kan].",
    ],
    value: [
      "Uw mening over de prijs-kwaliteitverhouding heb ik gedeeld met onze directie, die regelmatig bekijkt wat onze tarieven omvatten.",
      "Uw opmerkingen over de prijs-kwaliteitverhouding helpen onze directie te bekijken wat we bij elk verblijf inbegrijpen.",
    ],
    comfort: [
      "Ik heb onze huishoudelijke dienst gevraagd {noun} in die kamer na te kijken en te vervangen wat versleten is.",
      "Uw opmerkingen over {noun} liggen bij onze huishoudelijke dienst, die de matrassen en kussens in die kamer nakijkt.",
    ],
  },
  questionAbout: [
    "Wat uw vraag over {noun} betreft: ons team helpt u graag verder, neem gerust rechtstreeks contact op met het hotel.",
    "Voor uw vraag over {noun} kunt u het beste rechtstreeks contact opnemen met het hotel; we helpen u graag.",
  ],
  answer: ["Wat uw vraag betreft: {fact}", "Om uw vraag te beantwoorden: {fact}"],
  informal: {
    greeting: { named: ["Hoi {name},", "Hallo {name},"], anonymous: ["Hoi,", "Hallo,"] },
    signOff: ["Groetjes,", "Hartelijke groet,", "Tot snel,"],
  },
};
