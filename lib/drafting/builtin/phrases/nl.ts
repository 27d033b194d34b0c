import { nlAspects, nlDrinks } from "./nl-aspects";
import { nlFollowUp } from "./nl-follow-up";
import type { PhraseBank } from "./types";

// Nederlands, met "u": hartelijk en zakelijk, zoals een Nederlandse of Vlaamse hotelmanager schrijft.
// Vormen: noun = met lidwoord (na "over"), team = na "aan"/"met".

export const nl: PhraseBank = {
  and: "en",
  inCity: (city) => `in ${city}`,
  greeting: {
    named: ["Beste {name},", "Hallo {name},"],
    anonymous: ["Beste gast,", "Geachte gast,", "Hallo,"],
  },
  opening: {
    glowing: [
      "Uw enthousiasme heeft ons echt geraakt: [heel hartelijk dank voor deze mooie recensie|dank u wel dat u de tijd nam om die te delen].",
      "Een recensie als de uwe lezen is [altijd een feest|de mooiste beloning voor het team]; [hartelijk dank|heel erg bedankt]!",
      "Het hele team heeft uw recensie met [veel plezier|een grote glimlach] gelezen: [hartelijk dank|dank u wel]!",
      "[Hartelijk dank|Heel veel dank|Ontzettend bedankt] voor [uw prachtige recensie|uw lovende woorden|deze fantastische beoordeling|uw enthousiaste recensie][; het hele team heeft ervan genoten| – daar zijn we echt blij mee|].",
      "[Wat fijn|Wat geweldig|Wat leuk] dat u zo hebt genoten van uw verblijf, en [hartelijk dank|heel erg bedankt|dank u wel] dat u de tijd hebt genomen om dat met ons te delen.",
      "Wat een [plezier|genoegen|feest] om uw recensie te lezen: [hartelijk dank voor uw vriendelijke woorden|het hele team is er blij mee|dank u wel dat u die met ons deelt]!",
      "Dank u wel dat u voor ons hebt gekozen en voor [deze enthousiaste recensie|het delen van zo'n positieve ervaring|uw lovende woorden]; [dat betekent veel voor ons|het hele team is er erg blij mee|dat is de mooiste beloning voor ons werk].",
      "Uw recensie [heeft ons hele team blij gemaakt|was een feest om te lezen|maakte ons erg trots]: [hartelijk dank|heel erg bedankt|dank u wel]!",
    ],
    warm: [
      "Hartelijk dank voor [deze positieve recensie|uw vriendelijke woorden] en voor [uw vertrouwen|uw keuze voor ons hotel].",
      "We zijn blij dat [alles naar wens verliep|uw verblijf aangenaam was], en danken u voor [uw recensie|de tijd die u nam om die te schrijven].",
      "Hartelijk dank voor uw [vriendelijke|positieve] recensie; fijn om te lezen dat u een prettig verblijf bij ons hebt gehad.",
      "Dank u wel dat u bij ons hebt verbleven en de tijd hebt genomen om [uw indrukken te delen|deze recensie te schrijven].",
      "We zijn blij te lezen dat u van uw verblijf hebt genoten, en danken u voor [uw feedback|uw vriendelijke woorden].",
      "Het is fijn om te horen dat uw verblijf naar wens was; dank u wel voor [uw recensie|het delen van uw ervaring].",
    ],
    mixed: [
      "Uw [genuanceerde|uitgebreide] feedback is waardevol voor ons: dank u wel dat u vertelt wat u beviel en wat niet.",
      "Dank u wel voor [deze eerlijke recensie|uw openheid], die ons laat zien waar we beter kunnen.",
      "Hartelijk dank voor uw [eerlijke|uitgebreide] recensie, die ons helpt om beter te worden.",
      "Dank u wel dat u bij ons hebt verbleven en dat u zowel uw lof als uw kritiek met ons deelt.",
      "We waarderen uw [eerlijke|open] feedback enorm: die laat zien wat goed gaat en waar we nog kunnen verbeteren.",
      "Dank u wel dat u de tijd hebt genomen om ons te schrijven; het spijt me dat niet alles aan uw verwachtingen voldeed.",
    ],
    negative: [
      "Het spijt ons oprecht dat uw verblijf niet aan uw verwachtingen voldeed, en we danken u dat u het ons laat weten.",
      "Onze excuses voor [een zo teleurstellend verblijf|het ongemak dat u hebt ervaren]; dank u wel dat u de tijd nam om ons te schrijven.",
      "Dank u wel dat u de tijd hebt genomen om ons te schrijven, en het spijt me [oprecht|echt] dat uw verblijf niet aan uw verwachtingen heeft voldaan.",
      "Het spijt ons [zeer|echt] dat uw verblijf zo teleurstellend was, en we danken u dat u ons dit laat weten.",
      "Onze oprechte excuses voor een verblijf dat niet was wat u ervan mocht verwachten; dank u wel dat u uw ervaring met ons deelt.",
      "Uw recensie was niet makkelijk om te lezen, en het spijt ons oprecht dat we u hebben teleurgesteld.",
    ],
  },
  ratingOnly: {
    glowing: [
      "Hartelijk dank voor uw [uitstekende|prachtige] beoordeling!",
      "Het hele team bedankt u [hartelijk|van harte] voor deze [uitstekende|mooie] beoordeling.",
    ],
    warm: [
      "Dank u wel voor uw beoordeling; fijn dat u van uw verblijf hebt genoten.",
      "Hartelijk dank dat u even de tijd hebt genomen om uw verblijf te beoordelen.",
    ],
    mixed: [
      "Dank u wel voor uw beoordeling; [we horen graag wat we beter kunnen doen|elke reactie helpt ons om te verbeteren].",
      "Hartelijk dank voor uw beoordeling, die we zeer serieus nemen.",
    ],
    negative: [
      "Dank u wel voor uw beoordeling, en het spijt ons oprecht dat uw verblijf niet aan uw verwachtingen voldeed.",
      "Het spijt ons zeer dat uw verblijf teleurstellend was.",
    ],
  },
  generalPraise: [
    "Het is [heerlijk|fijn] om te weten dat u zich bij ons thuis voelde.",
    "Reacties zoals die van u [zijn de mooiste beloning voor ons team|maken ons werk zo waardevol].",
    "Ik deel [uw vriendelijke woorden|uw recensie] graag met het hele team.",
  ],
  generalComplaint: [
    "Ik heb uw recensie gedeeld met [ons hele team|de leidinggevenden van alle afdelingen], zodat we [ervan kunnen leren|kunnen nagaan wat er misging].",
    "We nemen elke opmerking serieus, en ik heb die van u [met ons team besproken|doorgestuurd naar de betrokken afdelingen].",
  ],
  praise: [
    "Dank u wel dat u {noun} [noemt|benoemt]: [daar besteden we veel aandacht aan|het team doet er alles aan].",
    "Wat u over {noun} schrijft, [maakt het team heel blij|geeft ons veel energie].",
    "Dank u wel voor uw [vriendelijke|lovende|mooie] woorden over {noun}[; het team zal er blij mee zijn|].",
    "Het doet ons [veel plezier|goed|deugd] dat {noun} een hoogtepunt van uw verblijf was.",
    "Uw complimenten over {noun} [worden doorgegeven|zijn al doorgegeven] aan [het betreffende team|de collega's die daarvoor zorgen].",
    "[Fijn|Mooi|Wat fijn] om te lezen dat u {noun} zo hebt gewaardeerd.",
  ],
  staffNamed: [
    "Dank u wel dat u {names} bij naam noemt; ik geef uw complimenten persoonlijk door.",
    "Ik geef uw vriendelijke woorden met veel plezier door aan {names}.",
    "Uw lof voor {names} doet ons bijzonder veel plezier, en ik zal die zeker doorgeven.",
  ],
  nextStep: [
    "Ik heb uw opmerkingen over {noun} doorgegeven aan {team}[, zodat we kunnen nagaan wat er is gebeurd|].",
    "Uw opmerkingen over {noun} liggen inmiddels bij {team}, zodat we dit [grondig kunnen bekijken|kunnen onderzoeken].",
    "Ik heb uw opmerkingen over {noun} persoonlijk besproken met {team}.",
  ],
  lightComplaint: [
    "Dank u wel ook voor uw opmerking over {noun}; ik heb die doorgegeven aan {team}.",
    "We hebben uw opmerking over {noun} genoteerd en doorgegeven aan {team}.",
    "Ik heb uw opmerking over {noun} doorgegeven aan {team}[; dank u wel dat u het ons laat weten|: zulke feedback helpt ons om beter te worden].",
    "Wat {noun} betreft: dank u wel voor uw eerlijke feedback, die ik heb gedeeld met {team}.",
  ],
  question: [
    "Wat uw vraag betreft: ons team helpt u graag verder, neem gerust rechtstreeks contact op met het hotel.",
    "Voor uw vraag kunt u het beste rechtstreeks contact opnemen met het hotel; we helpen u graag.",
  ],
  contact: [
    "Als u wilt, kunt u rechtstreeks contact opnemen met het hotel en naar mij vragen, zodat ik beter kan begrijpen wat er is gebeurd.",
    "Ik zou graag persoonlijk met u over uw verblijf spreken; neemt u daarvoor gerust rechtstreeks contact op met het hotel.",
    "Ik nodig u van harte uit om rechtstreeks contact op te nemen met het hotel: ik wil graag beter begrijpen wat er is misgegaan.",
  ],
  serious: [
    "Wat u beschrijft is ernstig, en ik zoek dit persoonlijk uit met de verantwoordelijken.",
    "Ik neem wat u beschrijft zeer serieus en bekijk persoonlijk met het team wat er is gebeurd.",
  ],
  closing: {
    glowing: [
      "We hopen u [heel snel|snel] weer te zien {inCity}: tot gauw!",
      "Tot heel gauw, hopen we, voor [een nieuw verblijf|nog een paar dagen] bij ons!",
      "We hopen u [snel|binnenkort|bij een volgend bezoek] weer te mogen verwelkomen {inCity}!",
      "[Tot de volgende keer|Tot een volgende keer|Tot snel]! [Het hele team kijkt|We kijken] [uit naar|nu al uit naar] uw volgende bezoek.",
      "Het zou ons een [genoegen|groot genoegen|waar genoegen] zijn u bij uw volgende bezoek weer te ontvangen.",
      "Onze deur staat altijd voor u open: [tot ziens|tot snel|graag tot een volgende keer]!",
      "We hopen dat uw reizen u [snel|binnenkort] weer bij ons brengen[; tot die tijd alle goeds|].",
      "Het hele team [hoopt|kijkt ernaar uit] u [snel|binnenkort] weer te zien.",
    ],
    warm: [
      "Het zou fijn zijn u [snel|bij een volgend verblijf] weer te ontvangen.",
      "We hopen u [binnenkort|in de toekomst] weer te mogen begroeten {inCity}.",
      "Nogmaals dank, en we hopen u [snel|binnenkort] weer te zien.",
      "Het zou fijn zijn u bij een volgend bezoek weer te verwelkomen.",
      "We zouden het fijn vinden u [binnenkort|bij een volgend bezoek] weer te zien {inCity}.",
    ],
    mixed: [
      "Ik hoop dat we de kans krijgen u opnieuw te verwelkomen en u [het verblijf te bieden waarop u had gehoopt|een verblijf te bieden dat aan uw verwachtingen voldoet].",
      "Nogmaals dank voor uw feedback; we hopen u [ooit|in de toekomst] weer te mogen verwelkomen {inCity}.",
      "We zouden het fijn vinden u opnieuw te ontvangen en uw volgende verblijf [een stuk beter|helemaal geslaagd] te maken.",
    ],
    negative: [
      "Ik hoop oprecht dat we de kans krijgen u opnieuw te ontvangen en u het beste van ons hotel te laten zien.",
      "Ik hoop dat u ons [een nieuwe kans|de kans] geeft om u het verblijf te bieden dat u verdiende.",
      "Nogmaals dank voor uw eerlijkheid; ik hoop u ooit weer bij ons te mogen verwelkomen.",
      "Uw feedback helpt ons om beter te worden, en we zouden u in de toekomst graag opnieuw verwelkomen.",
    ],
  },
  ...nlFollowUp,
  signOff: ["Met vriendelijke groet,", "Hartelijke groet,", "Vriendelijke groeten,", "Met hartelijke groet,"],
  aspects: nlAspects,
  drinks: nlDrinks,
};
