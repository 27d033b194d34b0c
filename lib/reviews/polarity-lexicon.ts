import type { SupportedLanguage } from "./language-profiles";

// Cue words that make a clause praise or complaint, the negations that flip them, the contrast words
// that open a new clause ("but", "aber", "mais"), and the glue words that join listed aspects
// ("the staff and the room were lovely"). Same pattern syntax as aspect-lexicon.ts.

export type CueLexicon = {
  positive: string;
  negative: string;
  negation: string;
  contrast: string;
  /** Opens an aside that leaves the previous aspect behind: "parking is dear, otherwise all fine". */
  aside: string;
  /** Waiting, a complaint of its own; at the front desk it is a check-in complaint. */
  wait: string;
  glue: string;
};

export const CUE_LEXICON: Record<SupportedLanguage, CueLexicon> = {
  en: {
    positive: `good|great|excellent|amazing|awesome|lovely|nice|wonderful|fantastic|fabulous|superb|outstanding|
      perfect*|brilliant|beautiful|best|delicious|tasty|fresh|comfortable|comfy|cosy|cozy|friendly|helpful|
      welcoming|attentive|polite|courteous|professional|efficient|quick|fast|smooth|easy|convenient|pleasant|
      enjoy*|love|loved|loving|liked|recommend*|happy|pleased|impressed|impressive|exceptional|spotless|
      spacious|modern|stunning|gorgeous|charming|warm welcome|thank*|grateful|appreciated|well equipped|
      well maintained|well appointed|slept well|very well|well done|well kept|top notch|generous|varied|
      wide selection|worth it|incredible|excellently|highlight|plus|a treat|went above|above and beyond|
      kind|kindly|caring|sweet|warm|accommodating|cheerful|spotless|memorable|relaxing|peaceful|stole my heart|
      stole our hearts|stole our heart|breathtaking|spectacular|delight|delightful|decent|upgraded|plenty|warmly|
      the place to be|in a good way|up to the mark|upto the mark|up to standard|up to the standard|up to par|
      up to scratch|could not be better|could not have been better|could not ask for more|could not fault|
      cannot fault|exceeded|beyond expectations|well decorated|beautifully decorated|well furnished|
      actually work|actually works|actually worked|works well|worked well|humble|cordial|supportive|responsive|
      neat|tidy|yummy|refreshing|far from the hustle|away from the hustle|away from the crowd*|sad to leave|
      sorry to leave|shame to leave|hard working|hardworking|hard work`,
    negative: `barely be adjusted|could not be adjusted|could not adjust|impossible to adjust|hard to adjust|difficult to adjust|difficult to control|impossible to control|could not be controlled|would not turn off|would not switch off|
      bad|poor|poorly|terrible|awful|horrible|horrendous|dreadful|disappoint*|worst|dirty|filthy|
      disgusting|rude|unfriendly|unhelpful|uncomfortable|broken|not working|stopped working|faulty|old|dated|
      tired|worn|shabby|small|tiny|cramped|cold|lukewarm|slow|noisy|loud|smell*|stink*|stained|expensive|
      overpriced|problem*|issue|issues|complain*|unfortunately|sadly|lacking|lack|missing|mediocre|average|
      unacceptable|nightmare|annoying|stale|bland|tasteless|limited|hard|thin|leak*|avoid|never again|
      waste|rip off|could have been better|could be better|room for improvement|needs improvement|
      needs updating|too hot|too cold|no hot water|wait*|long wait|overcrowded|crowded|chaotic|neglected|
      let down|letdown|rubbish|terrible|appalling|mess|messy|unclean|inadequate|frustrat*|ridiculous|tasteless|
      kept dropping|dropping|dropped|disconnect*|
      unstable|patchy|spotty|intermittent|weak|unreliable|not available|unavailable|out of order|shame|
      what a shame|shame about|pity|a pity|too bad|at best|luke warm|jammed|stuck|lazy|congested|
      needs to be replaced|need to be replaced|needs replacing|need replacing|needs replacement|
      need replacement|needs update|need update|need updating|on the higher side|on the expensive side|steep|
      not acceptable|below expectations|below par|expected more|expected better|i expected|we expected|
      would have expected|would expect|not what we expected|not what i expected|not as expected|overcharged|
      never came back|never returned|never refunded|not refunded|not been refunded|still waiting|
      trouble|troubles|hassle`,
    negation: "not|no|never|nothing|none|without|hardly|barely|cannot|nor|neither|nobody",
    contrast: `but|however|although|though|except|unfortunately|sadly|whereas|apart from|only downside|
      downside|the only|on the other hand|shame|what a shame|shame about|pity|a pity|only warning|
      one warning|word of warning|only complaint|only issue|only problem|only drawback|drawback|that said|
      having said that`,
    // Neutral phrases that must not read as their parts: "couldn't be more" leaves the verdict to the next word.
    aside: "otherwise|apart from that|other than that|for the rest|besides that|all in all",
    wait: "wait|waited|waiting|long wait|waited ages|took ages|took forever|queue|queued|queuing|still waiting",
    glue: `and|or|the|a|an|our|their|its|also|as well as|both|with|could not be more|could not have been more|
      as expected|as we expected|as i expected|worth a visit|worth visiting|worth mentioning|worth noting|
      booking com|free of charge|in charge`,
  },
  de: {
    positive: `gut|gute|guter|gutes|guten|toll*|super|klasse|prima|perfekt*|ausgezeichnet*|hervorragend*|
      exzellent*|wunderbar*|wunderschön*|schön|schöne|schönen|schöner|schönes|angenehm*|gemütlich*|modern*|
      großzügig*|empfehl*|gerne wieder|gern wieder|top|spitze|genial*|zufrieden*|begeistert|beeindruckend*|
      danke|dank|lob|reichhaltig*|vielfältig*|frisch*|schnell*|unkompliziert*|problemlos|reibungslos|
      liebevoll*|einwandfrei*|traumhaft*|ideal*|optimal*|lecker*|nett|nette|netten|netter|nettes|klasse|der hammer|
      ein traum|traumhaft|nicht zu toppen|keine wünsche offen|keinen wunsch offen|nichts auszusetzen|
      nichts zu meckern|nicht meckern|immer für uns da|für uns da|jeden wunsch|verwöhnt|bestens|erstklassig*|
      sehr zu empfehlen|top gepflegt`,
    negative: `kaum regulieren|nicht regulieren|kaum einstellen|nicht einstellen|nicht regeln|kaum regeln|nicht abstellen|nicht ausschalten|
      schlecht*|mies*|miserabel*|unverschämt*|schlimm*|schrecklich*|furchtbar*|katastroph*|enttäusch*|mangelhaft*|kaputt|defekt*|
      alt|alte|alten|alter|altes|veraltet*|abgenutzt*|klein|kleine|kleinen|kleiner|kleines|winzig*|eng|
      kalt|kalte|kalten|kalter|kaltes|lauwarm*|langsam*|problem*|mängel|mangel|leider|schade|ärgerlich*|
      unzumutbar*|unmöglich|nie wieder|dürftig*|mittelmäßig*|störend*|beschwerde*|warten|gewartet|
      wartezeit|verbesserungswürdig|fehlte|fehlten|funktionierte nicht|ging nicht|nicht empfehlenswert|
      nicht zu empfehlen|nicht empfehlen|ungenügend|unzureichend|geschmacklos*|unangenehm*|roch|stank|
      eklig*|ekelhaft*|dreckig*|schmutzig*|unfreundlich*|unhöflich*|unbequem*|bestenfalls|allenfalls|
      bestenfalls lauwarm|schade um|wucher*|abzocke|hätte mehr erwartet|mehr erwartet|nicht wie erwartet|ewig|
      ewigkeit|eine ewigkeit|ewig gedauert|ewig lange|endlos*|stundenlang|nicht zu gebrauchen|unbrauchbar|
      ständig weg|dauernd weg|immer wieder weg|ging ständig|fiel ständig aus|fiel aus|dünn|dünne|dünner|tropfte|
      tropft|in die jahre gekommen|geht gar nicht|ein witz|lächerlich|lieblos*|karg*|spärlich*|hart|harte|
      durchgelegen*|ließ zu wünschen übrig|lässt zu wünschen übrig|zu wünschen übrig`,
    negation: "nicht|kein|keine|keinen|keinem|keiner|nie|niemals|ohne|nichts|weder",
    contrast: "aber|jedoch|allerdings|leider|trotzdem|obwohl|sondern|dennoch|einziger|einzige|außer|bis auf|schade|schade um|einziger wermutstropfen|einziges manko",
    aside: "sonst|ansonsten|abgesehen davon|davon abgesehen|im übrigen|alles in allem|ansonsten war",
    wait: "warten|in der schlange|wartete|warteten|gewartet|wartezeit|ewig|ewig gedauert|eine ewigkeit|stundenlang|schlange stehen|schlange gestanden",
    glue: "und|oder|der|die|das|den|dem|ein|eine|unser|unsere|sowie|auch|sowohl|als",
  },
  fr: {
    positive: `bon|bonne|bons|bonnes|très bien|bien|super|de folie|imprenable|génial*|excellent*|parfait*|magnifique*|superbe*|
      merveilleu*|formidable*|top|au top|agréable*|confortable*|sympa*|efficace*|rapide*|copieu*|varié*|
      frais|fraîche*|moderne*|recommande*|recommandons|ravi|ravis|ravie|ravies|content*|satisfait*|adoré|
      aimé|apprécié*|merci|remerci*|idéal*|pratique*|charmant*|beau|belle|belles|beaux|joli*|nickel|délicieu*|
      savoureu*|aux petits soins|aux petits oignons|rien à redire|rien à dire|mention spéciale|adorable*|de rêve|
      un régal|un délice|chouette|au petit soin|top du top|irréprochable*`,
    negative: `difficile à régler|impossible à régler|impossible de régler|ne se réglait pas|impossible à éteindre|impossible d'éteindre|
      mauvais*|horrible*|terrible*|affreu*|déçu*|décevant*|déception|désagréable*|inconfortable*|
      cassé*|en panne|ne fonctionnait pas|vieux|vieille*|petit|petite|petits|petites|minuscule*|exigu*|
      froid|froide*|tiède*|lent|lente*|problème*|malheureusement|dommage|regret*|inacceptable*|médiocre*|
      moyen|moyenne|limité*|dur|dure|attente|attendre|attendu|à éviter|plainte*|manque|manquait|
      insuffisant*|catastroph*|honte|nul|nulle|pire|jamais plus|déplorable*|fade|au mieux|
      dommage pour|arnaque*|je m attendais à mieux|attendais mieux|pas à la hauteur|pas terrible|pas top|pas génial|
      bof|ne marchait pas|ne marche pas|marchait pas|marche pas|ne fonctionne pas|fonctionnait pas|s en fich*|
      s en fout*|je m en foutiste|interminable*|une éternité|une heure d attente|basique|basiques|sommaire|fins|
      limite|laisse à désirer|laissait à désirer|à revoir|vétuste*|crasseu*|rudimentaire*`,
    negation: "pas|ne|n|jamais|aucun|aucune|sans|rien|ni|guère",
    contrast: `mais|cependant|toutefois|malheureusement|par contre|bien que|néanmoins|sauf|excepté|seul bémol|
      seul point|dommage|dommage pour|hormis|en revanche|seul hic|seul regret`,
    aside: "sinon|à part ça|à part cela|pour le reste|au final|dans l ensemble|mis à part ça",
    wait: "attente|poireaut*|une heure d attente|attendre|attendu|attendions|attendu plus|interminable*|une éternité|faire la queue|fait la queue",
    glue: "et|ou|le|la|les|l|un|une|notre|nos|ainsi que|aussi",
  },
  es: {
    positive: `bueno|buena|buenos|buenas|muy bien|bien|excelente*|genial*|perfect*|estupend*|maravillos*|
      fantástic*|increíble*|espectacular*|agradable*|cómod*|eficiente*|rápid*|rico|rica|riquísim*|variad*|
      fresc*|modern*|recomiendo|recomendable|recomendamos|recomendar*|encant*|gustó|gustaron|gracias|
      agradec*|ideal*|práctic*|bonit*|precios*|de diez|de lujo|sin problema*|vale la pena|merece la pena|
      profesional*|contentos|satisfech*|delicios*|una pasada|un diez|de diez|inmejorable*|se desvivi*|desvivieron|
      de maravilla|genial|buenísim*|chulísim*|de lujo|un lujo|una maravilla|maravilla|majísim*|muy majos|majos|
      majas|un encanto|encantador*|top`,
    negative: `no se podía regular|imposible de regular|difícil de regular|no se podía apagar|imposible de apagar|
      mal|malo|mala|malos|malas|pésim*|horrible*|terrible*|fatal|decepcion*|desagradable*|incómod*|
      roto|rota|rotos|rotas|estropead*|no funcionaba|viej*|pequeñ*|diminut*|frío|fría|fríos|frías|lent*|
      problema*|lamentablemente|desafortunadamente|por desgracia|lástima|inaceptable*|regular|mediocre*|
      escas*|duro|dura|espera|queja*|falta*|faltaba*|deficiente*|insuficiente*|peor|nunca más|
      no recomiendo|no lo recomiendo|evitar|tardaron|tardó|insípid*|como mucho|a lo sumo|
      una pena|qué pena|estafa|timo|esperaba más|esperábamos más|eterno|eterna|eternidad|una eternidad|
      interminable*|justito|justita|muy justo|escasito|escaso|durísim*|iba fatal|va fatal|fatal|no enfriaba|
      no enfría|no enfria|no pegamos ojo|no pegué ojo|deja mucho que desear|deja que desear|dejaba mucho que desear|
      dejaba que desear|cutre|cutres|un desastre|desastre|desastroso|nefast*|tardísimo|una hora de espera`,
    negation: "no|nunca|jamás|ni|tampoco|sin|nada|ningún|ninguna|ninguno",
    contrast: `pero|sin embargo|aunque|lamentablemente|desafortunadamente|por desgracia|excepto|salvo|
      lo único|en cambio|eso sí|una pena|qué pena|lástima`,
    aside: "por lo demás|por lo demas|por lo demás todo|el resto|en general|quitando eso|aparte de eso",
    wait: "espera|una hora de espera|en la cola|esperar|esperamos|esperando|tardaron|tardó|eterno|eterna|una eternidad|hacer cola|hicimos cola",
    glue: "y|e|o|el|la|los|las|un|una|nuestro|nuestra|así como|también",
  },
  it: {
    positive: `buon|buono|buona|buoni|buone|molto bene|bene|ottim*|eccellent*|perfett*|fantastic*|
      meraviglios*|stupend*|splendid*|magnific*|bellissim*|bello|bella|belli|belle|piacevol*|comod*|
      confortevol*|professional*|efficient*|rapid*|veloc*|abbondant*|variegat*|fresc*|modern*|consiglio|
      consigliat*|consiglierei|consigliamo|raccomand*|soddisfatt*|content*|piaciut*|grazie|ringrazi*|
      ideal*|pratic*|curat*|top|super|niente da dire|nulla da dire|delizios*|squisit*|uno spettacolo|spettacolo|
      spettacolar*|coccolat*|coccol*|eccezional*|top|da favola|una favola|da sogno|incantevol*|gentilissim*`,
    negative: `non si poteva regolare|impossibile da regolare|difficile da regolare|non si poteva spegnere|impossibile da spegnere|
      male|cattiv*|scomod*|pessim*|orribil*|terribil*|deludent*|delus*|sgradevol*|rott*|guast*|
      non funzionava|vecchi*|piccol*|minuscol*|freddo|fredda|freddi|fredde|tiepid*|lent*|problem*|
      purtroppo|peccato|inaccettabil*|mediocr*|scars*|duro|dura|attesa|aspettare|aspettato|lamentel*|
      mancava|mancavano|mancanza|insufficient*|peggior*|mai più|sconsiglio|sconsigliat*|da evitare|scadent*|insipid*|
      al massimo|tutt al più|truffa|fregatura|mi aspettavo di più|ci aspettavamo di più|un eternita|eternita|
      interminabil*|tremend*|malissimo|insopportabil*|lascia a desiderare|lasciava a desiderare|
      lascia molto a desiderare|un disastro|disastro|disastros*|scarso|scarsa|scarsi|scarse|essenziale|spartan*|
      rumorosissim*|duro come|non funzionava|non andava`,
    negation: "non|mai|né|senza|niente|nulla|nessun*|neanche|nemmeno|neppure",
    contrast: "ma|però|tuttavia|purtroppo|anche se|sebbene|nonostante|tranne|eccetto|unica pecca|unico neo|peccato|invece",
    aside: "per il resto|a parte questo|a parte ciò|nel complesso|per tutto il resto",
    wait: "attesa|in fila|in coda|aspettare|aspettato|aspettavamo|un eternita|eternita|interminabil*|fare la fila|fatto la fila|in coda",
    glue: "e|ed|o|il|lo|la|i|gli|le|l|un|una|nostro|nostra|anche",
  },
  pt: {
    positive: `bom|boa|bons|boas|muito bem|bem|ótim*|óptim*|excelente*|perfeit*|maravilhos*|fantástic*|
      incríve*|espetacular*|agradáve*|confortáve*|profissiona*|eficiente*|rápid*|farto|farta|variad*|
      fresc*|modern*|recomendo|recomendamos|recomendáve*|adorei|adoramos|adorámos|gostei|gostamos|gostámos|
      satisfeit*|obrigad*|agradec*|ideal|prátic*|bonit*|lind*|top|nota dez|sem problema*|vale a pena|delicios*|
      saboros*|deslumbrante*|uma maravilha|maravilha|carinho|carinhos*|simpatia|impecáve*|5 estrelas|cinco estrelas|
      nota mil|de sonho|um sonho|espetacular|top|show de bola|um espetáculo|espetáculo`,
    negative: `não dava para regular|impossível de regular|difícil de regular|não dava para desligar|impossível de desligar|
      mau|má|desconfortáve*|maus|más|mal|péssim*|horríve*|terríve*|decepcion*|decepção|desilud*|desagradáve*|
      estragad*|avariad*|quebrad*|não funcionava|velh*|antig*|pequen*|minúscul*|frio|fria|frios|frias|
      morno|morna|lent*|problema*|infelizmente|pena|lamentáve*|inaceitáve*|fraco|fraca|fracos|fracas|
      escass*|duro|dura|espera|esperar|reclama*|faltava*|falta|insuficiente*|pior|nunca mais|
      não recomendo|evitar|demor*|sem sabor|no máximo|quando muito|que pena|roubo|assalto|
      esperava mais|esperávamos mais|uma eternidade|eternidade|interminável|intermináveis|deixou a desejar|
      deixa a desejar|deixou muito a desejar|deixa muito a desejar|deixaram a desejar|fraquinho|fraquinha|horrível|
      um horror|horror|péssimo|não vale o que custa|não vale o preço|não vale a pena|uma hora na fila|na fila`,
    negation: "não|nunca|jamais|nem|sem|nada|nenhum|nenhuma|tampouco",
    contrast: "mas|porém|contudo|todavia|entretanto|infelizmente|embora|apesar|exceto|excepto|só que|o único|no entanto|pena|que pena",
    aside: "de resto|quanto ao resto|fora isso|tirando isso|no geral|no resto|de resto tudo",
    wait: "espera|esperar|esperamos|esperámos|uma hora na fila|demorou|demoraram|demora|uma eternidade|eternidade|fila|na fila",
    glue: "e|ou|o|a|os|as|um|uma|nosso|nossa|também|assim como",
  },
  nl: {
    positive: `goed|goede|prima|uitstekend*|perfect*|fantastisch*|geweldig*|super|top|heerlijk*|lekker*|mooi|
      mooie|prachtig*|fijn|fijne|aangenaam|aangename|comfortabel*|gezellig*|professioneel*|efficiënt*|snel|
      snelle|vlot*|uitgebreid*|gevarieerd*|vers|verse|modern*|aanrader|aan te raden|raden aan|aanbevolen|
      aanbevelen|tevreden|genoten|blij|bedankt|dank|dankzij|ideaal|ideale|handig*|keurig*|zeker terug|naar de zin|
      in de watten|top|toplocatie|subliem*|voortreffelijk*|fantastisch|tiptop|piekfijn|een aanrader|
      echt een aanrader|om door een ringetje te halen|niets op aan te merken|niks op aan te merken|alles om`,
    negative: `niet te regelen|niet in te stellen|moeilijk te regelen|niet uit te zetten|niet te regulieren|
      slecht*|oncomfortabel*|vreselijk*|verschrikkelijk*|afschuwelijk*|teleur*|kapot*|defect*|werkte niet|
      deed het niet|oud|oude|klein|kleine|koud|koude|lauw*|traag|trage|langzaam*|probleem*|problemen|
      helaas|jammer|onacceptabel*|matig*|middelmatig*|beperkt*|hard|harde|wachten|gewacht|klacht*|
      ontbrak|ontbraken|gebrek|onvoldoende|slechtste|nooit meer|niet aan te raden|niet aanraden|vermijden|smakeloos|
      hooguit|op zijn best|afzetterij|oplichterij|had meer verwacht|meer verwacht|eindeloos|eindeloze|eeuwig|
      een eeuwigheid|duurde lang|duurde erg lang|lang wachten|viel steeds weg|valt steeds weg|viel weg|valt weg|
      viel vaak weg|karig*|keihard|loeihard|plat|platte|gammel*|belabberd*|waardeloos|waardeloze|bedroevend*|
      een hoop herrie|niet te doen`,
    negation: "niet|geen|nooit|zonder|niets|niks|noch|nergens",
    contrast: "maar|echter|helaas|hoewel|alleen|behalve|jammer|enige minpunt|enige nadeel|daarentegen",
    aside: "verder|voor de rest|afgezien daarvan|al met al|overigens|verder was",
    wait: "wachten|gewacht|wachttijd|eindeloos|eindeloze|een eeuwigheid|duurde lang|duurde erg lang|in de rij",
    glue: "en|of|de|het|een|onze|ons|ook|zowel|als",
  },
};
