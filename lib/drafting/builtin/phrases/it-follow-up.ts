import type { PhraseBank } from "./types";

// Cosa succede dopo un reclamo, secondo il tipo; domande; saluti per i marchi che danno del tu. Forme
// come in it-aspects.ts (nom, su); ogni passo nomina il reparto che se ne occupa davvero.

export const itFollowUp: Pick<PhraseBank, "nextStepFor" | "questionAbout" | "answer" | "informal"> = {
  nextStepFor: {
    size: [
      "Ho trasmesso le Sue osservazioni sulle dimensioni della camera al nostro ufficio prenotazioni, perché le descrizioni delle camere siano più precise.",
      "I Suoi commenti sulle dimensioni della camera sono stati condivisi con l'ufficio prenotazioni[, che rivedrà come descriviamo ogni categoria|].",
    ],
    dirty: [
      "Ho trasmesso le Sue osservazioni {su} alla nostra governante, che sta rivedendo [i controlli delle pulizie|le procedure di pulizia] con il team.",
      "La nostra governante ha preso visione dei Suoi commenti e rivedrà con il team il controllo delle camere prima di ogni arrivo.",
    ],
    broken: [
      "Ho segnalato il problema al nostro team di manutenzione, che sta già verificando {nom}.",
      "Il nostro team di manutenzione è stato informato e verificherà {nom} [per risolvere il problema|al più presto].",
    ],
    noise: [
      "Ho chiesto al nostro team di manutenzione di verificare l'isolamento acustico di quel lato dell'edificio[, e alla reception annoteremo volentieri la Sua preferenza per una camera più tranquilla|].",
      "Le Sue osservazioni sul rumore sono state trasmesse al team di manutenzione; alla prossima prenotazione, [non esiti a chiedere una camera tranquilla|ci segnali pure che preferisce una camera tranquilla].",
    ],
    service: [
      "Ho parlato della Sua esperienza con il responsabile del reparto, perché non è così che vogliamo trattare i nostri ospiti.",
      "Ho condiviso i Suoi commenti con i responsabili dei vari reparti[, e ne terremo conto nella prossima formazione del personale|].",
    ],
    wait: [
      "Ho segnalato la cosa al nostro responsabile del ricevimento, per rivedere l'organizzazione del personale nelle ore di punta.",
      "L'attesa non è l'accoglienza che vogliamo riservare ai nostri ospiti, e il nostro responsabile del ricevimento sta rivedendo l'organizzazione degli arrivi nelle ore di punta.",
    ],
    food: [
      "Ho trasmesso le Sue osservazioni {su} al nostro chef, che le esaminerà con la brigata di cucina.",
      "Il nostro chef ha preso visione dei Suoi commenti {su} e sta valutando [cosa possiamo migliorare|come fare meglio].",
    ],
    value: [
      "Ho condiviso la Sua opinione sul rapporto qualità-prezzo con la direzione, che rivede regolarmente cosa includono le nostre tariffe.",
      "I Suoi commenti sul rapporto qualità-prezzo aiutano la direzione a rivedere cosa includiamo in ogni soggiorno.",
    ],
    comfort: [
      "Ho chiesto al nostro servizio ai piani di controllare {nom} di quella camera e di sostituire ciò che è usurato.",
      "Le Sue osservazioni {su} sono state trasmesse al servizio ai piani, che controllerà materassi e cuscini di quella camera.",
    ],
  },
  questionAbout: [
    "Quanto alla Sua domanda {su}, il nostro team sarà lieto di aiutarLa: non esiti a contattare direttamente l'hotel.",
    "Per la Sua domanda {su}, contatti pure direttamente l'hotel e Le risponderemo con piacere.",
  ],
  answer: ["Quanto alla Sua domanda: {fact}", "Per rispondere alla Sua domanda: {fact}"],
  informal: {
    greeting: { named: ["Ciao {name},", "Salve {name},"], anonymous: ["Ciao,", "Salve,"] },
    signOff: ["Un caro saluto,", "A presto,", "Un abbraccio,"],
  },
};
