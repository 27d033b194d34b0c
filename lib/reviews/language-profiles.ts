// Word and spelling profiles of the languages Lobby drafts in. The words are the most frequent function
// words plus the vocabulary of hotel reviews; words shared by several languages ("hotel", "de", "in")
// simply score for each of them. Written with accents; matching folds them away, so accent-free text works.

export const SUPPORTED_LANGUAGES = ["en", "de", "fr", "es", "it", "pt", "nl"] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export function isSupportedLanguage(code: string | null | undefined): code is SupportedLanguage {
  return !!code && (SUPPORTED_LANGUAGES as readonly string[]).includes(code);
}

export const LANGUAGE_WORDS: Record<SupportedLanguage, string> = {
  en: `the a an and of to in is was were are be been very with for on at but not no it its this that
    these those there they them we our us i my me you your he she his her had have has would could will
    so too really just also from as by or if than then when which who what all some any more most
    room rooms hotel staff breakfast bed beds bathroom shower clean friendly helpful location great good
    nice lovely excellent stay stayed again recommend comfortable everything nothing would definitely
    perfect amazing wonderful small little dirty noisy rude quiet view pool parking night nights day
    did do does got get well bit lot lots didn went came back place service food restaurant
    loved enjoyed walk walking close near next street city centre center front desk reception`,
  de: `der die das und in den von zu mit ist war sehr für auf aber nicht kein keine ein eine einen
    einem einer dem des im am zum zur wir uns unser unsere es sich auch sie ihr ich mich mir man
    hatten hatte haben waren sind wurde wurden mehr wie dieses diese ohne schon wo als wieder gerne gern
    zimmer hotel personal frühstück alles gut sauber freundlich lage bett bad dusche toll super lecker
    schön nett empfehlen ruhig laut schmutzig klein leider etwas immer noch nur bis nach vom beim
    aufenthalt hilfsbereit gemütlich preis leistung parkplatz nacht nächte tag uhr gab gibt kann
    konnte würde wirklich ganz viel viele sehr empfehlenswert jederzeit zentral stadt
    hat habt hast ewig gedauert dauerte lange gab beim standen stand worden muss darf etwas direkt total echt mal hier dort doch eher ziemlich kostet extra betten schlafen geschlafen leider bekommen`,
  fr: `le la les et de des du que qui en un une est très avec pour par mais pas ne au aux nous
    vous il elle on ils était étaient été avons avait ont sont chambre chambres hôtel personnel petit
    déjeuner tout tous toute bien propre accueil agréable emplacement lit salle bain aussi y plus
    comme ce cette ces sans déjà où quand reviendrons recommande excellent bon bonne séjour
    sympathique super calme bruyant sale petite merci beaucoup vraiment trop peu notre nos votre
    son sa ses leur dans sur je j c était fait avoir être souriant chaleureux parfait parfaitement
    nuit nuits jour situé proche centre ville rien malheureusement cependant
    a été avait on avons ça ici là plutôt franchement peu tout était sont est il elle pas chambre petit pour avec`,
  es: `el la los las y de que en un una es muy con por para pero no lo su sus se del al estaba
    estaban era fue fueron habitación habitaciones hotel personal desayuno todo todos bien limpio limpia
    amable amables ubicación cama baño ducha nos también hay tiene más como este esta sin ya ha
    han hemos donde cuando estuvimos volveremos recomiendo excelente bueno buena genial estancia
    atención trato tranquilo ruidoso sucio pequeña pequeño gracias mucho muy poco nada nuestra
    nuestro mi me yo le les cerca centro ciudad noche noches día precio calidad piscina aparcamiento
    recepción encantó encantado perfecto buenísimo lástima aunque
    fue eterno eterna estuvo hicieron tenéis teneis hay súper mucho siempre vistas camas hotel nos encima tardaron darnos para iba nada`,
  it: `il lo la gli le i e di che in un una uno è molto con per ma non del della dei delle degli
    al alla ai nel nella nei sono era erano stato stata stati abbiamo siamo camera camere hotel
    albergo personale colazione tutto tutti bene pulito pulita pulizia gentile gentilissimi posizione
    letto bagno doccia anche ci più come questo questa senza già dove quando torneremo consiglio
    ottimo ottima buono buona bellissimo bella bello soggiorno accoglienza tranquillo rumoroso
    sporco piccola piccolo grazie davvero poco niente nostro nostra mi ho ha hanno vicino centro
    città notte notti giorno prezzo qualità piscina parcheggio reception cordiale purtroppo però
    dal dalla dallo dai dalle sul sulla sui alle agli si ci hanno fatto fatta tutta tutte ogni sempre troppo proprio qui cosa così poi perché ancora stanza stanze letti servizio vista stupenda stupendo comodo comoda eccezionale accettate avete siete casa sera mattina dormito dormire impossibile sentire sentiva`,
  pt: `o a os as e de que em um uma é muito com por para mas não do da dos das no na nos nas
    ao aos foi foram estava estavam era quarto quartos hotel pessoal funcionários equipe equipa café
    manhã pequeno almoço tudo todos bem limpo limpa simpáticos simpático localização cama banho
    banheiro duche chuveiro também tem mais como este esta sem já onde quando ficamos voltaremos
    recomendo excelente bom boa ótimo ótima óptimo estadia atendimento tranquilo barulho barulhento
    sujo pequeno obrigado obrigada pouco nada nosso nossa eu me lhe perto centro cidade noite noites
    dia preço qualidade piscina estacionamento receção recepção adorei adoramos muita fomos você
    está estão ficamos têm aqui pertinho quarto banheiro chuveiro cama ao pela pelo muito gostei gostamos equipe funcionários`,
  nl: `de het een en van dat die in is was zeer erg heel met voor maar niet geen op aan bij we
    wij ons onze je er kamer kamers hotel personeel ontbijt alles goed schoon vriendelijk locatie
    ligging bed badkamer douche ook hebben hadden waren zijn werd meer als dit deze zonder al waar
    toen komen terug aanrader prima lekker mooi fijn zeker verblijf behulpzaam rustig lawaai
    vies klein kleine bedankt dank echt weinig niks ik mij mijn wel nog dicht centrum stad nacht
    nachten dag prijs kwaliteit zwembad parkeren receptie helaas gezellig uitstekend
    heb jullie nogal wel niet hoorden hoor bij naar uur rij erg duur`,
};

/** Endings and letter groups typical of one language, weighed less than whole words. */
export const LANGUAGE_ENDINGS: Record<SupportedLanguage, string[]> = {
  en: ["ing", "ly", "ed", "tion", "ness", "ful", "th", "wh"],
  de: ["ung", "keit", "heit", "lich", "sch", "chen", "ig", "tz", "ei"],
  fr: ["eux", "euse", "ment", "tion", "aient", "ait", "oi", "eau", "ou"],
  es: ["cion", "dad", "mente", "ado", "ada", "ll", "ue", "ito"],
  it: ["zione", "mente", "issim", "gli", "cch", "zz", "etto"],
  pt: ["cao", "coes", "mente", "nh", "lh", "ado", "ada", "oes"],
  nl: ["heid", "lijk", "ij", "aa", "oo", "ee", "uu", "sch", "tje"],
};

/** Letters that betray a language even in a short sentence. */
export const LANGUAGE_LETTERS: Record<SupportedLanguage, string> = {
  en: "",
  de: "äöüß",
  fr: "éèêàùçëîïôœû",
  es: "ñáéíóú¡¿",
  it: "àèéìòù",
  pt: "ãõçáéíóúâêôà",
  nl: "ëïéè",
};
