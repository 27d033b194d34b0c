import { itAspects, itDrinks } from "./it-aspects";
import { itFollowUp } from "./it-follow-up";
import type { PhraseBank } from "./types";

// Italiano, con il Lei di cortesia (La, Le, Suo con la maiuscola, come usano molti hotel). Niente
// participi o aggettivi che concordino con l'ospite («si è trovato/a»): il genere non lo conosciamo.
// Forme: nom = sostantivo con articolo, su = «sulla colazione», team = dopo «con».

export const it: PhraseBank = {
  and: "e",
  // "all'Aia", "al Cairo", "ad Atene": the article of a city's name joins the preposition; "ad" before an a.
  inCity: (city) => (/^L'/.test(city) ? `al${city.slice(1).replace(/^'/, "l'")}` : /^Il /.test(city) ? `al ${city.slice(3)}` : /^[Aa]/.test(city) ? `ad ${city}` : `a ${city}`),
  greeting: {
    named: ["Gentile {name},", "Buongiorno {name},"],
    anonymous: ["Gentile ospite,", "Gentile cliente,", "Buongiorno,"],
  },
  opening: {
    glowing: [
      "Il Suo entusiasmo ci ha davvero colpito: [grazie mille per questa bella recensione|grazie per aver trovato il tempo di condividerla].",
      "Leggere una recensione come la Sua è [sempre una gioia|la ricompensa più bella per il team]; grazie [di cuore|davvero]!",
      "Tutto il team ha letto la Sua recensione con [grande piacere|un grande sorriso]: grazie [infinite|di cuore]!",
      "[Grazie di cuore|Grazie infinite|Un grazie sincero] per [la Sua splendida recensione|le Sue parole così gentili|questa bellissima recensione|la Sua recensione entusiasta][: tutto il team ne è stato felicissimo|].",
      "Siamo [felicissimi|davvero lieti|molto contenti] che il Suo soggiorno sia stato così piacevole, e La ringraziamo [di cuore|sinceramente|tanto] per aver trovato il tempo di raccontarcelo.",
      "Che [piacere|gioia|bella sorpresa] leggere la Sua recensione: [grazie per averla condivisa|grazie per le Sue parole così gentili|ha fatto felice tutto il team]!",
      "Grazie per averci scelto e per [una recensione così entusiasta|aver condiviso un'esperienza così positiva|parole così generose]; [per noi significa molto|tutto il team ne è felicissimo|è la ricompensa più bella].",
      "La Sua recensione [ci ha rallegrato la giornata|è stata una grande gioia per tutto il team|ci ha riempito di orgoglio]: grazie [davvero|di cuore|infinite]!",
    ],
    warm: [
      "Grazie mille per [questo commento così positivo|le Sue gentili parole] e per [la fiducia|aver scelto il nostro hotel].",
      "Siamo contenti che [sia andato tutto bene|il Suo soggiorno sia stato piacevole], e La ringraziamo per [la Sua recensione|aver trovato il tempo di scriverla].",
      "Grazie [mille|molte] per la Sua [gentile|bella] recensione; siamo lieti che abbia trascorso un piacevole soggiorno da noi.",
      "La ringraziamo per aver soggiornato da noi e per aver trovato il tempo di [condividere le Sue impressioni|scrivere questa recensione].",
      "Siamo contenti di leggere che il Suo soggiorno è stato piacevole, e La ringraziamo per [il Suo riscontro|le Sue gentili parole].",
      "È un piacere sapere che il soggiorno Le è piaciuto; grazie per [la Sua recensione|avercelo raccontato].",
    ],
    mixed: [
      "Il Suo riscontro [dettagliato|equilibrato] è prezioso per noi: grazie per averci raccontato sia ciò che Le è piaciuto sia ciò che L'ha delusa.",
      "La ringraziamo per [questa recensione sincera|la Sua franchezza], che ci aiuta a capire dove migliorare.",
      "Grazie per la Sua recensione [sincera|dettagliata], che ci aiuta a migliorare.",
      "La ringraziamo per aver soggiornato da noi e per averci raccontato sia ciò che Le è piaciuto sia ciò che non Le è piaciuto.",
      "Apprezziamo molto il Suo riscontro [sincero|onesto]: ci mostra cosa funziona bene e dove dobbiamo migliorare.",
      "Grazie per aver trovato il tempo di scriverci; mi dispiace che non tutto sia stato all'altezza delle Sue aspettative.",
    ],
    negative: [
      "Ci dispiace davvero che il Suo soggiorno non sia stato all'altezza, e La ringraziamo per avercelo scritto.",
      "Le chiediamo scusa per [un soggiorno così deludente|i disagi che ha vissuto]; grazie per aver trovato il tempo di scriverci.",
      "Grazie per aver trovato il tempo di scriverci, e [mi dispiace sinceramente|siamo davvero dispiaciuti] che il Suo soggiorno non sia stato all'altezza delle Sue aspettative.",
      "Ci dispiace [molto|profondamente] che il Suo soggiorno sia stato deludente, e La ringraziamo per avercelo fatto sapere.",
      "La prego di accettare le nostre [più sincere scuse|scuse] per un soggiorno che non è stato all'altezza di ciò che si aspettava; grazie per aver condiviso la Sua esperienza.",
      "La Sua recensione non è stata facile da leggere, e ci dispiace davvero non essere stati all'altezza.",
    ],
  },
  ratingOnly: {
    glowing: [
      "Grazie [mille|di cuore] per la Sua [ottima|splendida] valutazione!",
      "Tutto il team La ringrazia [di cuore|sinceramente] per questa [splendida|ottima] valutazione.",
    ],
    warm: [
      "Grazie per la Sua valutazione; siamo lieti che il soggiorno Le sia piaciuto.",
      "La ringraziamo per aver dedicato un momento a valutare il Suo soggiorno.",
    ],
    mixed: [
      "Grazie per la Sua valutazione; [ci piacerebbe sapere cosa potremmo migliorare|ogni riscontro ci aiuta a migliorare].",
      "La ringraziamo per aver valutato il Suo soggiorno; prendiamo la Sua valutazione molto sul serio.",
    ],
    negative: [
      "Grazie per la Sua valutazione, e ci dispiace sinceramente che il soggiorno non sia stato all'altezza delle Sue aspettative.",
      "Ci dispiace molto che il Suo soggiorno sia stato deludente.",
    ],
  },
  generalPraise: [
    "È [meraviglioso|un vero piacere] sapere che il Suo soggiorno è stato così sereno.",
    "Recensioni come la Sua [sono la ricompensa più bella per il nostro team|rendono il nostro lavoro davvero gratificante].",
    "Condividerò [le Sue parole|la Sua recensione] con tutto il team.",
  ],
  generalComplaint: [
    "Ho condiviso la Sua recensione con [tutto il nostro team|i responsabili di ogni reparto] affinché possiamo [trarne insegnamento|capire cosa non ha funzionato].",
    "Prendiamo sul serio ogni commento, e ho condiviso il Suo con [il nostro team|i reparti interessati].",
  ],
  praise: [
    "Grazie per aver [sottolineato|notato] {nom}: [è un aspetto a cui teniamo molto|il team ci mette tutto il cuore].",
    "Le Sue parole {su} [fanno molto piacere al team|ci incoraggiano molto].",
    "Grazie per le Sue [gentili|belle|generose] parole {su}[: il team sarà felicissimo di leggerle|].",
    "È [bello|un piacere|una gioia] sapere che ha apprezzato {nom}.",
    "I Suoi complimenti {su} [saranno condivisi|sono già stati condivisi] con [il team|i colleghi responsabili].",
    "Ci fa molto piacere leggere il Suo commento [positivo|così positivo|entusiasta] {su}.",
  ],
  staffNamed: [
    "Grazie per aver menzionato {names}: riferirò personalmente le Sue parole.",
    "Riferirò con piacere le Sue gentili parole a {names}.",
    "I Suoi complimenti per {names} ci fanno particolarmente piacere, e non mancherò di riferirli.",
  ],
  nextStep: [
    "Ho condiviso i Suoi commenti {su} con {team}[, così da poter verificare l'accaduto|].",
    "I Suoi commenti {su} sono già stati condivisi con {team}, così da poter [verificare cosa è successo|approfondire la questione].",
    "Ho discusso personalmente con {team} le Sue osservazioni {su}.",
  ],
  lightComplaint: [
    "Grazie anche per la Sua osservazione {su}; l'ho condivisa con {team}.",
    "Prendiamo nota del Suo commento {su} e lo abbiamo condiviso con {team}.",
    "Ho condiviso il Suo commento {su} con {team}[: grazie per avercelo segnalato|; riscontri come questo ci aiutano a migliorare].",
    "Riguardo al Suo commento {su}, La ringrazio per la sincerità: l'ho già condiviso con {team}.",
  ],
  question: [
    "Per quanto riguarda la Sua domanda, il nostro team sarà felice di aiutarLa: non esiti a contattare direttamente l'hotel.",
    "Riguardo alla Sua domanda, La invitiamo a contattare direttamente l'hotel; saremo lieti di assisterLa.",
  ],
  contact: [
    "Se lo desidera, [contatti pure direttamente l'hotel chiedendo di me|non esiti a contattare direttamente l'hotel e a chiedere di me], così potrò capire meglio cosa è successo.",
    "Mi piacerebbe parlare personalmente con Lei del Suo soggiorno; La prego di contattare direttamente l'hotel.",
    "La invito a mettersi in contatto direttamente con l'hotel: vorrei capire più nel dettaglio cosa è accaduto.",
  ],
  serious: [
    "Quanto descrive è grave e me ne sto occupando personalmente con i responsabili.",
    "Prendo molto sul serio quanto ci racconta e sto verificando personalmente l'accaduto con il team.",
  ],
  closing: {
    glowing: [
      "Speriamo di rivederLa [prestissimo|presto] {inCity}: a presto!",
      "A prestissimo, speriamo, per [un nuovo soggiorno|un'altra fuga] da noi!",
      "Speriamo di poterLa accogliere di nuovo {inCity} [molto presto|al Suo prossimo viaggio|in occasione della Sua prossima visita]!",
      "[Alla prossima|A presto|Arrivederci a presto]! [Tutto il team La aspetta|La aspettiamo] a braccia aperte.",
      "Sarà un [piacere|vero piacere|grande piacere] accoglierLa di nuovo [in occasione della Sua prossima visita|molto presto].",
      "Le nostre porte sono sempre aperte per Lei: [a presto|arrivederci a presto|La aspettiamo]!",
      "Ci auguriamo che i Suoi viaggi La riportino presto da noi[; nel frattempo, Le auguriamo ogni bene|].",
      "Tutto il team [spera|non vede l'ora] di rivederLa [presto|al Suo prossimo soggiorno].",
    ],
    warm: [
      "Sarà un piacere accoglierLa di nuovo [presto|al Suo prossimo soggiorno].",
      "Speriamo di avere il piacere di accoglierLa di nuovo {inCity} [presto|in futuro].",
      "Grazie ancora, e speriamo di rivederLa [presto|in futuro].",
      "Sarà un piacere darLe di nuovo il benvenuto alla Sua prossima visita.",
      "Saremo felici di rivederLa [presto|al Suo prossimo viaggio] {inCity}.",
    ],
    mixed: [
      "Spero che avremo l'occasione di accoglierLa di nuovo e di offrirLe [il soggiorno che desiderava|un'esperienza all'altezza delle Sue aspettative].",
      "Grazie ancora per il Suo riscontro; speriamo di accoglierLa di nuovo {inCity} [un giorno|in futuro].",
      "Saremmo felici di accoglierLa di nuovo e di rendere il Suo prossimo soggiorno [un'esperienza migliore|davvero piacevole].",
    ],
    negative: [
      "Spero sinceramente di avere l'occasione di accoglierLa di nuovo e di mostrarLe il meglio del nostro hotel.",
      "Spero che vorrà darci [un'altra possibilità|l'occasione] di offrirLe il soggiorno che meritava.",
      "Grazie ancora per la Sua sincerità; spero di avere un giorno il piacere di accoglierLa di nuovo.",
      "I Suoi commenti ci aiutano a migliorare, e saremmo lieti di accoglierLa di nuovo in futuro.",
    ],
  },
  ...itFollowUp,
  signOff: ["Cordiali saluti,", "Un caro saluto,", "Distinti saluti,", "Un cordiale saluto,"],
  aspects: itAspects,
  drinks: itDrinks,
};
