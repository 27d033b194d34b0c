import type { AspectPhrases, PhraseBank } from "./types";

// What the Dutch bank says about each aspect: its name in the generic templates, who follows up a
// complaint, specific thanks and specific apologies.

export const nlAspects: PhraseBank["aspects"] = {
  room: {
    forms: { noun: "de kamer", team: "onze afdelingen housekeeping en technische dienst" },
    asked: { noun: "onze kamers" },
    praise: [
      "Wat fijn dat u zich zo thuis voelde in uw kamer.",
      "Het doet ons plezier dat uw kamer helemaal naar wens was."],
    complaint: [
      "Het spijt ons dat uw kamer niet aan uw verwachtingen voldeed.",
      "Het spijt me dat de kamer niet zo comfortabel was als hij had moeten zijn.",
      "Wat vervelend dat uw kamer niet comfortabel genoeg was; onze excuses daarvoor.",
      "Helaas was uw kamer niet zoals die hoort te zijn, en dat spijt me."],
  },
  cleanliness: {
    forms: { noun: "de schoonmaak", team: "ons housekeepingteam" },
    praised: { noun: "de netheid" },
    praise: [
      "Ons housekeepingteam zet zich elke dag in om alles brandschoon te houden, dus uw woorden betekenen veel.",
      "Dank u wel dat u de netheid opmerkte; ik geef uw compliment graag door aan ons housekeepingteam."],
    complaint: [
      "Mijn excuses dat de schoonmaak niet aan onze normen voldeed.",
      "Het spijt ons oprecht dat uw kamer niet zo schoon was als hij had moeten zijn.",
      "Wat vervelend dat uw kamer niet brandschoon was; onze excuses daarvoor.",
      "Helaas voldeed de schoonmaak niet aan onze normen, en dat spijt me."],
  },
  bathroom: {
    forms: { noun: "de badkamer", team: "onze afdelingen housekeeping en technische dienst" },
    praise: [
      "Fijn dat de badkamer u goed beviel; juist zulke details vinden we belangrijk.",
      "Dank u wel voor uw positieve opmerking over de badkamer."],
    complaint: [
      "Het spijt ons dat de badkamer niet in de staat was die u mag verwachten.",
      "Onze excuses voor het ongemak met de badkamer.",
      "Wat vervelend dat de badkamer niet in orde was; onze excuses daarvoor."],
  },
  bed: {
    forms: { noun: "het bed", team: "ons housekeepingteam" },
    praise: [
      "Er gaat niets boven een goede nachtrust, dus het doet ons plezier dat u het bed zo comfortabel vond.",
      "Fijn om te lezen dat u zo goed hebt geslapen."],
    complaint: [
      "Het spijt ons dat u niet zo goed hebt geslapen als u verdiende.",
      "Het spijt me dat het bed niet comfortabel genoeg was.",
      "Wat vervelend dat u niet goed hebt kunnen slapen; onze excuses daarvoor.",
      "Helaas was het bed niet comfortabel genoeg, en dat spijt me."],
  },
  staff: {
    forms: { noun: "de service die u hebt ontvangen", team: "onze afdelingshoofden" },
    praised: { noun: "ons team" },
    praise: [
      "Ik geef uw complimenten graag door aan [het hele team|al mijn collega's|ons hele team][; iedereen zal er blij mee zijn| – dat doet iedereen goed|].",
      "Ons team doet er elke dag alles aan om gasten [zich welkom te laten voelen|een fijn verblijf te bezorgen|zich thuis te laten voelen], dus [uw woorden betekenen veel|het is fijn om dit te lezen|dank u wel dat u het opmerkt].",
      "Het doet ons veel plezier dat ons team zo goed voor u heeft gezorgd[; ik deel uw woorden graag met iedereen| – dank u wel dat u dat noemt|].",
      "[Wat fijn|Wat mooi] om te lezen dat ons team [uw verblijf zo bijzonder heeft gemaakt|zoveel heeft bijgedragen aan uw verblijf][; ik laat het iedereen weten|].",
    ],
    complaint: [
      "Het spijt ons oprecht dat ons team u niet de service heeft geboden die u verdiende.",
      "Mijn excuses voor een service die niet aan onze eigen normen voldeed.",
      "Wat vervelend dat u zich bij ons niet goed geholpen voelde; onze excuses daarvoor.",
      "Helaas heeft ons team u niet de service geboden die bij ons hoort, en dat spijt me."],
  },
  breakfast: {
    forms: { noun: "het ontbijt", team: "ons ontbijtteam" },
    praise: [
      "[Fijn|Wat fijn|Heerlijk] dat u van ons ontbijt hebt genoten[; ik laat het ons ontbijtteam graag weten| – ons ontbijtteam zal blij zijn|].",
      "Een goed ontbijt is de [beste|mooiste] start van de dag, dus we zijn blij dat het u zo goed [smaakte|beviel].",
      "Dank u wel voor uw complimenten over ons ontbijt[; ons ontbijtteam zal er blij mee zijn| – daar doen we veel moeite voor|].",
      "Het is mooi om te horen dat het ontbijt [een hoogtepunt van uw verblijf was|uw dagen zo goed liet beginnen].",
    ],
    complaint: [
      "Het spijt ons dat ons ontbijt niet aan uw verwachtingen voldeed.",
      "Het spijt me dat het ontbijt tegenviel.",
      "Wat vervelend dat het ontbijt u niet beviel; onze excuses daarvoor.",
      "Helaas was het ontbijt niet zoals het hoort te zijn, en dat spijt me."],
  },
  food: {
    forms: { noun: "het eten", team: "ons keukenteam" },
    praise: [
      "Dank u wel voor uw complimenten over onze keuken; ik geef ze graag door aan onze chef.",
      "Wat fijn dat het eten u zo goed smaakte."],
    complaint: [
      "Het spijt ons dat het eten niet aan uw verwachtingen voldeed.",
      "Onze excuses voor maaltijden die niet op niveau waren.",
      "Wat vervelend dat het eten u niet smaakte; onze excuses daarvoor."],
  },
  location: {
    forms: { noun: "onze ligging", team: "ons receptieteam" },
    praise: [
      "Onze ligging is een van onze grote troeven, en we zijn blij dat u {city} zo makkelijk kon verkennen.",
      "Fijn om te horen dat onze ligging zo goed aansloot bij uw plannen."],
    complaint: [
      "Ik begrijp dat onze ligging niet ideaal was voor uw plannen, en dat spijt me.",
      "Het spijt ons dat de ligging minder goed bij uw plannen paste dan u had gehoopt.",
      "Wat vervelend dat onze ligging uw plannen lastiger maakte; onze excuses daarvoor."],
  },
  noise: {
    forms: { noun: "de geluidsoverlast", team: "onze technische dienst" },
    praised: { noun: "de rust" },
    praise: [
      "Een rustige nacht is goud waard, dus fijn dat u van de rust in ons hotel hebt genoten.",
      "Dank u wel dat u de rust in ons hotel noemt."],
    complaint: [
      "Het spijt ons zeer dat de geluidsoverlast uw nachtrust verstoorde.",
      "Mijn excuses dat u niet de rustige nacht hebt gehad die u verdiende.",
      "Wat vervelend dat u door het lawaai slecht hebt geslapen; onze excuses daarvoor.",
      "Helaas werd uw nachtrust verstoord, en dat spijt me."],
  },
  value: {
    forms: { noun: "de prijs-kwaliteitverhouding", team: "onze directie" },
    praise: [
      "Fijn dat u de prijs-kwaliteitverhouding zo goed vond.",
      "Het is mooi om te horen dat uw verblijf de moeite waard was."],
    complaint: [
      "Het spijt ons dat u de prijs-kwaliteitverhouding van uw verblijf niet goed vond.",
      "Het spijt me dat u vond dat uw verblijf de prijs niet waard was.",
      "Wat vervelend dat uw verblijf zijn prijs niet waard leek; onze excuses daarvoor.",
      "Onze excuses als uw verblijf niet voelde als waar voor uw geld."],
  },
  "check-in": {
    forms: { noun: "het inchecken", team: "ons receptieteam" },
    praise: [
      "Een warm welkom zet de toon voor het hele verblijf, dus fijn dat het inchecken zo soepel verliep.",
      "Dank u wel voor uw woorden over uw aankomst; fijn dat alles vlot verliep."],
    complaint: [
      "Onze excuses dat uw aankomst niet zo soepel verliep als had gemoeten.",
      "Het spijt ons dat het inchecken langer duurde dan nodig.",
      "Wat vervelend dat uw aankomst niet vlot verliep; onze excuses daarvoor."],
  },
  wifi: {
    forms: { noun: "de wifi", team: "onze IT-afdeling" },
    praise: [
      "Fijn dat de wifi goed werkte tijdens uw verblijf.",
      "Dank u wel voor uw positieve opmerking over de wifi."],
    complaint: [
      "Onze excuses voor de problemen met de wifi.",
      "Het spijt ons dat de wifi niet naar behoren werkte.",
      "Wat vervelend dat u niet op de wifi kon rekenen; onze excuses daarvoor."],
  },
  parking: {
    forms: { noun: "het parkeren", team: "ons receptieteam" },
    praise: [
      "Fijn dat parkeren zo makkelijk ging.",
      "Dank u wel voor uw opmerking over het parkeren."],
    complaint: [
      "Het spijt ons dat parkeren zo lastig was.",
      "Onze excuses voor het ongemak bij het parkeren.",
      "Wat vervelend dat parkeren uw aankomst lastig maakte; onze excuses daarvoor."],
  },
  "pool-spa": {
    forms: { noun: "ons wellnessgedeelte", team: "ons wellnessteam" },
    praise: [
      "Wat fijn dat u kon ontspannen in ons wellnessgedeelte.",
      "Dank u wel voor uw mooie woorden over ons wellnessgedeelte."],
    complaint: [
      "Het spijt ons dat ons wellnessgedeelte niet aan uw verwachtingen voldeed.",
      "Het spijt me dat u minder van ons wellnessgedeelte kon genieten dan u had gehoopt.",
      "Helaas bood ons wellnessgedeelte u niet de ontspanning waarop u had gehoopt, en dat spijt me.",
      "Wat vervelend dat u niet van ons wellnessgedeelte hebt kunnen genieten zoals u had gehoopt; onze excuses daarvoor."],
  },
  "air-conditioning": {
    forms: { noun: "de airconditioning", team: "onze technische dienst" },
    praise: [
      "Fijn dat de airconditioning voor een aangename temperatuur zorgde.",
      "Dank u wel voor uw positieve opmerking over de airconditioning."],
    complaint: [
      "Het spijt ons dat de airconditioning niet voor een aangename temperatuur in uw kamer zorgde.",
      "Onze excuses voor de temperatuur in uw kamer.",
      "Wat vervelend dat de temperatuur in uw kamer niet goed was; onze excuses daarvoor.",
      "Helaas werkte de airconditioning niet zoals het hoort, en dat spijt me."],
  },
  smell: {
    forms: { noun: "de geur in de kamer", team: "ons housekeepingteam" },
    praised: { noun: "de frisse kamers" },
    praise: [
      "Fijn dat alles zo fris en verzorgd aanvoelde.",
      "Leuk om te lezen dat de kamers zo fris roken."],
    complaint: [
      "Het spijt me zeer dat er een onaangename geur in uw kamer hing.",
      "Mijn excuses voor de vervelende geur die u in de kamer aantrof.",
      "Wat vervelend dat uw kamer niet fris rook; onze excuses daarvoor."],
  },
  view: {
    forms: { noun: "het uitzicht", team: "onze reserveringsafdeling" },
    praise: [
      "Ook wij raken nooit uitgekeken op dit uitzicht: fijn dat u ervan hebt genoten.",
      "Wat mooi dat het uitzicht uw verblijf nog specialer maakte."],
    complaint: [
      "Het spijt ons dat het uitzicht tegenviel.",
      "Ik begrijp dat u op een mooier uitzicht had gehoopt, en dat spijt me.",
      "Wat vervelend dat het uitzicht u tegenviel; onze excuses daarvoor."],
  },
  facilities: {
    forms: { noun: "het gebouw en de gemeenschappelijke ruimtes", team: "onze directie" },
    praise: [
      "Fijn dat het gebouw en de gemeenschappelijke ruimtes u zo goed bevielen.",
      "Onze gemeenschappelijke ruimtes liggen ons na aan het hart, dus dank voor uw vriendelijke woorden."],
    complaint: [
      "Het spijt ons dat het gebouw en de gemeenschappelijke ruimtes niet aan uw verwachtingen voldeden.",
      "Excuses dat onze gemeenschappelijke ruimtes niet het niveau hadden dat u mag verwachten.",
      "Wat vervelend dat het gebouw en de gemeenschappelijke ruimtes u niet bevielen; onze excuses daarvoor."],
  },
  billing: {
    forms: { noun: "uw boeking en rekening", team: "onze afdeling reserveringen en administratie" },
    praise: [
      "Fijn dat uw boeking en de afrekening zo soepel verliepen.",
      "Goed om te horen dat alles rond uw boeking duidelijk en eenvoudig was."],
    complaint: [
      "Het spijt me dat er problemen waren met uw boeking en rekening; die horen altijd duidelijk en juist te zijn.",
      "Excuses voor de verwarring over uw rekening.",
      "Wat vervelend dat er onduidelijkheid was over uw rekening; onze excuses daarvoor."],
  },
};

/** Praise or criticism filed under food that is about drinks (cocktails, wine, coffee); never names a bar the hotel may not have. */
export const nlDrinks: AspectPhrases = {
  forms: { noun: "ons drankenaanbod", team: "ons bedieningsteam" },
  praise: [
    "Wat fijn dat u zo genoten hebt van onze drankjes.",
    "Dank u wel voor uw complimenten over onze drankjes; ik geef ze graag door aan ons bedieningsteam.",
    "Fijn om te lezen dat de drankjes u zo goed bevielen.",
  ],
  complaint: [
    "Het spijt ons dat onze drankjes niet aan uw verwachtingen voldeden.",
    "Onze excuses voor drankjes die niet op niveau waren.",
    "Wat jammer dat de drankjes tegenvielen; het spijt me.",
  ],
};
