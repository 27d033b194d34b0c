import type { AspectPhrases, PhraseBank } from "./types";

// What the Italian bank says about each aspect: its name in the generic templates, who follows up a
// complaint, specific thanks and specific apologies.

export const itAspects: PhraseBank["aspects"] = {
  room: {
    forms: { nom: "la camera", su: "sulla camera", team: "il nostro reparto housekeeping e manutenzione" },
    asked: { nom: "le nostre camere", su: "sulle nostre camere" },
    praise: [
      "Siamo felici che la Sua camera Le sia piaciuta.",
      "È un piacere sapere che la camera era di Suo gradimento."],
    complaint: [
      "Ci dispiace che la Sua camera non sia stata all'altezza delle Sue aspettative.",
      "Mi dispiace che la camera non sia stata confortevole come avrebbe dovuto.",
      "Siamo dispiaciuti che la camera non abbia reso il Suo soggiorno confortevole come doveva.",
      "Chiediamo scusa per una camera che non era all'altezza."],
  },
  cleanliness: {
    forms: { nom: "la pulizia", su: "sulla pulizia", team: "il nostro personale delle pulizie" },
    praise: [
      "Il nostro personale delle pulizie tiene molto alla cura di ogni dettaglio, quindi le Sue parole significano molto.",
      "Grazie per aver notato la pulizia: condividerò le Sue parole con il nostro personale."],
    complaint: [
      "Le chiedo scusa se la pulizia non è stata all'altezza dei nostri standard.",
      "Ci dispiace sinceramente che la Sua camera non fosse pulita come avrebbe dovuto.",
      "Chiediamo scusa: la Sua camera avrebbe dovuto essere pulita alla perfezione.",
      "Purtroppo la pulizia non è stata all'altezza, e ce ne scusiamo."],
  },
  bathroom: {
    forms: { nom: "il bagno", su: "sul bagno", team: "il nostro reparto housekeeping e manutenzione" },
    praise: [
      "Siamo lieti che il bagno Le sia piaciuto: sono dettagli a cui teniamo molto.",
      "Grazie per il Suo commento positivo sul bagno."],
    complaint: [
      "Ci dispiace che il bagno non fosse nelle condizioni che meritava.",
      "Ci scusiamo per i disagi legati al bagno.",
      "Siamo dispiaciuti che il bagno non fosse in ordine come avrebbe dovuto.",
      "Chiediamo scusa per lo stato del bagno."],
  },
  bed: {
    forms: { nom: "il letto", su: "sul letto", team: "il nostro personale delle pulizie" },
    praise: [
      "Non c'è niente di meglio di un buon riposo, quindi siamo felici che il letto sia stato così comodo.",
      "È bello sapere che ha dormito così bene da noi."],
    complaint: [
      "Ci dispiace che non abbia potuto riposare come meritava.",
      "Mi dispiace che il letto non sia stato abbastanza comodo.",
      "Chiediamo scusa per le notti poco riposanti.",
      "Siamo dispiaciuti che il letto non Le abbia permesso di riposare bene."],
  },
  staff: {
    forms: { nom: "il servizio ricevuto", su: "sul servizio ricevuto", team: "i responsabili dei reparti" },
    praised: { nom: "il nostro team", su: "sul nostro team" },
    praise: [
      "Condividerò con piacere le Sue parole con [tutto il team|tutti i colleghi|l'intero staff][: sarà una grande gioia per tutti|: ne saranno tutti felicissimi|].",
      "Il nostro team lavora ogni giorno per far sentire ogni ospite [il benvenuto|a casa|coccolato], quindi [le Sue parole significano molto|ci fa molto piacere leggerlo|grazie per averlo notato].",
      "Ci fa molto piacere sapere che il nostro team si è preso cura di Lei così bene[; condividerò le Sue parole con tutti|: grazie per averlo sottolineato|].",
      "[Che gioia|È una gioia] leggere che il nostro team ha contribuito a rendere [speciale il Suo soggiorno|il Suo soggiorno così piacevole][: lo farò sapere a tutti|].",
    ],
    complaint: [
      "Ci dispiace sinceramente che il nostro team non Le abbia riservato l'accoglienza e il servizio che meritava.",
      "Le chiedo scusa per un servizio che non è stato all'altezza dei nostri standard.",
      "Chiediamo scusa per un servizio che non rispecchia il nostro modo di lavorare.",
      "Siamo dispiaciuti che il nostro team non sia stato all'altezza delle Sue aspettative."],
  },
  breakfast: {
    forms: { nom: "la colazione", su: "sulla colazione", team: "il team della colazione" },
    praise: [
      "Siamo [felici|lieti|contentissimi] che la nostra colazione Le sia piaciuta[; lo farò sapere al team|: il team ne sarà felicissimo|].",
      "Iniziare bene la giornata è [fondamentale|essenziale], quindi ci fa piacere sapere che la colazione [era all'altezza|è stata di Suo gradimento|Le è piaciuta tanto].",
      "Grazie per i complimenti alla nostra colazione[: il team ne sarà felicissimo|; è un momento della giornata a cui teniamo molto|].",
      "È bello sapere che la colazione è stata [uno dei momenti più piacevoli del Suo soggiorno|un ottimo inizio delle Sue giornate].",
    ],
    complaint: [
      "Ci dispiace che la nostra colazione non abbia soddisfatto le Sue aspettative.",
      "Mi dispiace che la colazione non sia stata all'altezza.",
      "Chiediamo scusa per una colazione che non era all'altezza.",
      "Siamo dispiaciuti che la colazione non sia stata di Suo gradimento."],
  },
  food: {
    forms: { nom: "la cucina", su: "sulla cucina", team: "il nostro chef e la sua brigata" },
    praise: [
      "Grazie per i complimenti alla nostra cucina: li girerò con piacere al nostro chef.",
      "Siamo lieti che abbia apprezzato i pasti da noi."],
    complaint: [
      "Ci dispiace che la cucina non abbia soddisfatto le Sue aspettative.",
      "Ci scusiamo per dei pasti che non sono stati all'altezza.",
      "Chiediamo scusa per dei piatti che non erano all'altezza.",
      "Siamo dispiaciuti che la nostra cucina non sia stata di Suo gradimento."],
  },
  location: {
    forms: { nom: "la nostra posizione", su: "sulla nostra posizione", team: "il nostro team della reception" },
    praise: [
      "La nostra posizione è uno dei nostri punti di forza, e siamo felici che Le abbia permesso di scoprire {city} comodamente.",
      "Siamo contenti che la nostra posizione si sia adattata così bene ai Suoi programmi."],
    complaint: [
      "Capisco che la nostra posizione non fosse ideale per i Suoi programmi, e me ne dispiace.",
      "Ci dispiace che la posizione non si sia adattata ai Suoi programmi come sperava.",
      "Siamo dispiaciuti che la nostra posizione abbia complicato i Suoi spostamenti."],
  },
  noise: {
    forms: { nom: "il rumore", su: "sul rumore", team: "il nostro reparto tecnico" },
    praised: { nom: "la tranquillità", su: "sulla tranquillità" },
    praise: [
      "Una notte tranquilla non ha prezzo: siamo felici che abbia potuto godersi la quiete del nostro hotel.",
      "Grazie per aver sottolineato la tranquillità della struttura."],
    complaint: [
      "Ci dispiace molto che il rumore abbia disturbato il Suo riposo.",
      "Le chiedo scusa per non averLe garantito la notte tranquilla che meritava.",
      "Chiediamo scusa per la notte disturbata dal rumore.",
      "Siamo dispiaciuti che il rumore non Le abbia permesso di dormire bene."],
  },
  value: {
    forms: { nom: "il rapporto qualità-prezzo", su: "sul rapporto qualità-prezzo", team: "la direzione" },
    praise: [
      "Siamo lieti che abbia trovato buono il rapporto qualità-prezzo del Suo soggiorno.",
      "È bello sapere che ne è valsa la pena."],
    complaint: [
      "Ci dispiace che non abbia ritenuto adeguato il rapporto qualità-prezzo del Suo soggiorno.",
      "Mi dispiace che il soggiorno non Le sia sembrato all'altezza del prezzo.",
      "Siamo dispiaciuti che il soggiorno non sia stato all'altezza della spesa."],
  },
  "check-in": {
    forms: { nom: "il check-in", su: "sul check-in", team: "il nostro team della reception" },
    praise: [
      "Una buona accoglienza dà il tono all'intero soggiorno: siamo felici che il check-in sia stato così semplice.",
      "Grazie per le Sue parole sul Suo arrivo; siamo lieti che tutto sia andato liscio."],
    complaint: [
      "Ci scusiamo se il Suo arrivo non è stato semplice come avrebbe dovuto.",
      "Ci dispiace che il check-in abbia richiesto più tempo del necessario.",
      "Siamo dispiaciuti che il check-in non sia stato rapido come doveva.",
      "Chiediamo scusa per un arrivo meno accogliente del dovuto."],
  },
  wifi: {
    forms: { nom: "il Wi-Fi", su: "sul Wi-Fi", team: "il nostro reparto tecnico" },
    praise: [
      "Siamo contenti che il Wi-Fi abbia funzionato bene durante il soggiorno.",
      "Grazie per il commento positivo sul Wi-Fi."],
    complaint: [
      "Ci scusiamo per i problemi che ha avuto con il Wi-Fi.",
      "Ci dispiace che il Wi-Fi non abbia funzionato come doveva.",
      "Chiediamo scusa per il Wi-Fi poco affidabile."],
  },
  parking: {
    forms: { nom: "il parcheggio", su: "sul parcheggio", team: "il nostro team della reception" },
    praise: [
      "Siamo lieti che parcheggiare sia stato semplice.",
      "Grazie per il Suo commento sul parcheggio."],
    complaint: [
      "Ci dispiace che parcheggiare sia stato complicato.",
      "Ci scusiamo per i disagi legati al parcheggio.",
      "Chiediamo scusa per le difficoltà con il parcheggio."],
  },
  "pool-spa": {
    forms: { nom: "la nostra area benessere", su: "sulla nostra area benessere", team: "il team dell'area benessere" },
    praise: [
      "Siamo felici che abbia potuto rilassarsi nella nostra area benessere.",
      "Grazie per le belle parole sulla nostra area benessere."],
    complaint: [
      "Ci dispiace che la nostra area benessere non abbia soddisfatto le Sue aspettative.",
      "Mi dispiace che non abbia potuto godersi l'area benessere come sperava.",
      "Siamo dispiaciuti che la nostra area benessere non Le abbia offerto il relax sperato."],
  },
  "air-conditioning": {
    forms: { nom: "l'aria condizionata", su: "sull'aria condizionata", team: "il nostro reparto tecnico" },
    praise: [
      "Siamo lieti che l'aria condizionata abbia garantito una temperatura piacevole.",
      "Grazie per il commento positivo sull'aria condizionata."],
    complaint: [
      "Ci dispiace che l'aria condizionata non abbia garantito una temperatura piacevole nella Sua camera.",
      "Ci scusiamo per la temperatura della Sua camera.",
      "Siamo dispiaciuti che la temperatura in camera non fosse piacevole.",
      "Chiediamo scusa per l'aria condizionata, che non ha funzionato come doveva."],
  },
  smell: {
    forms: { nom: "l'odore in camera", su: "sull'odore in camera", team: "il nostro servizio ai piani" },
    praised: { nom: "la freschezza delle camere", su: "sulla freschezza delle camere" },
    praise: [
      "Siamo felici che tutto Le sia sembrato così fresco e curato.",
      "Grazie per aver notato la freschezza delle camere: il nostro servizio ai piani ci tiene molto."],
    complaint: [
      "Mi dispiace davvero per il cattivo odore nella Sua camera.",
      "Le chiedo scusa per l'odore sgradevole che ha trovato in camera.",
      "Chiediamo scusa: una camera deve sempre profumare di pulito."],
  },
  view: {
    forms: { nom: "la vista", su: "sulla vista", team: "il nostro ufficio prenotazioni" },
    praise: [
      "Anche noi non ci stanchiamo mai di questa vista: siamo felici che Le sia piaciuta.",
      "Siamo lieti che la vista abbia reso il Suo soggiorno ancora più speciale."],
    complaint: [
      "Ci dispiace che la vista non sia stata all'altezza delle Sue aspettative.",
      "Capisco che sperava in una vista migliore, e me ne dispiace.",
      "Chiediamo scusa se la vista L'ha delusa."],
  },
  facilities: {
    forms: { nom: "l'edificio e gli spazi comuni", su: "sull'edificio e sugli spazi comuni", team: "la direzione" },
    praise: [
      "Siamo lieti che l'edificio e gli spazi comuni Le siano piaciuti.",
      "Teniamo molto ai nostri spazi comuni, quindi grazie per le Sue gentili parole."],
    complaint: [
      "Ci dispiace che l'edificio e gli spazi comuni non siano stati all'altezza delle Sue aspettative.",
      "Mi scuso se i nostri spazi comuni non erano al livello che ci si aspetta.",
      "Chiediamo scusa per degli spazi comuni che non erano all'altezza."],
  },
  billing: {
    forms: { nom: "la prenotazione e il conto", su: "sulla prenotazione e sul conto", team: "il nostro ufficio prenotazioni e amministrazione" },
    praise: [
      "Siamo lieti che prenotazione e pagamento siano andati senza intoppi.",
      "Fa piacere sapere che tutto, nella Sua prenotazione, sia stato chiaro e semplice."],
    complaint: [
      "Mi dispiace per i problemi con la prenotazione e il conto, che devono essere sempre chiari e corretti.",
      "Ci scusiamo per la confusione sul Suo conto.",
      "Chiediamo scusa per i disagi con la prenotazione e il conto."],
  },
};

/** Praise or criticism filed under food that is about drinks (cocktails, wine, coffee); never names a bar the hotel may not have. */
export const itDrinks: AspectPhrases = {
  forms: { nom: "le nostre bevande", su: "sulle nostre bevande", team: "il nostro personale di sala" },
  praise: [
    "Siamo lieti che abbia apprezzato le nostre bevande[: lo dirò con piacere al nostro personale di sala|].",
    "Grazie per i complimenti alle nostre bevande: li girerò con piacere al nostro personale di sala.",
    "È un piacere sapere che le nostre bevande Le sono piaciute.",
  ],
  complaint: [
    "Ci dispiace che le nostre bevande non abbiano soddisfatto le Sue aspettative.",
    "Ci scusiamo per delle bevande che non sono state all'altezza.",
    "Mi dispiace che le bevande servite non fossero all'altezza.",
  ],
};
