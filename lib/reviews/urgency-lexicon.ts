import type { SupportedLanguage } from "./language-profiles";

// Words that make a review urgent: a guest reporting something a manager must see today. Same pattern
// syntax as aspect-lexicon.ts. Words that are harmless in one context and alarming in another are written
// as phrases ("caught fire", not "fire"; "cut my foot", not "cut my" — "cut my stay short").
// `negation` words before a term (within a few words, same clause) and `after` words right behind it
// cancel it: "no bed bugs", "worried about bed bugs", "bed bug free" are not findings. `ignore` phrases
// take a term's place where it means something else ("fell asleep", "police station", "stole my heart").

export const URGENCY_KINDS = ["safety", "hygiene", "health", "discrimination", "harassment", "legal", "fraud", "theft"] as const;
export type UrgencyKind = (typeof URGENCY_KINDS)[number];

export type UrgencyLexicon = Record<UrgencyKind, string> & { negation: string; after: string; ignore: string };

export const URGENCY_LEXICON: Record<SupportedLanguage, UrgencyLexicon> = {
  en: {
    safety: `unsafe|not safe|not feel safe|not feel secure|felt insecure|dangerous|dangerously|danger|hazard|hazards|hazardous|
      safety issue*|safety concern*|safety risk|security risk|no security|caught fire|on fire|there was a fire|had a fire|fire broke out|
      fire started|fire brigade|fire department|locked fire exit|fire exit locked|fire exits locked|fire exit was locked|
      fire exits were locked|fire exit blocked|fire exits blocked|fire exit was blocked|no fire exit|no fire exits|
      no fire extinguisher*|no smoke detector*|no smoke alarm*|smoke filled|full of smoke|burning smell|smell of burning|gas leak*|
      leaking gas|smell of gas|smelled of gas|smelt of gas|carbon monoxide|electric shock*|electrocut*|got a shock|exposed wir*|
      naked wir*|loose wir*|live wire*|hanging wires|short circuit*|sparks|sparking|injur*|hurt myself|hurt himself|hurt herself|
      got hurt|was hurt|were hurt|slipped and fell|slipped on|slipped in the|slippery|tripped over|tripped on|tripped and|fell down|
      fell over|fell off the|fell from|fell in the bathroom|fell in the shower|fell on the floor|fell on the stairs|fell and|
      cut my foot|cut my hand|cut my finger|cut myself|cut himself|cut herself|bleeding|broken glass|glass shattered|ceiling collapsed|
      ceiling fell|bed collapsed|collapsed on me|not lock|not be locked|no lock|lock was broken|broken lock|intruder*|broke into|entered our room|
      entered my room|walked into our room|walked into my room|came into our room|came into my room|assault*|attacked|threatened|
      threatening|threats|violence|violent|fight broke out|a fight|fights|fighting|brawl|a snake|snake in|snakes in|scorpion*`,
    hygiene: `bed bug*|bedbug*|bug bites|cockroach*|roach|roaches|rat|rats|mice|a mouse|mouse droppings|rodent*|vermin|infest*|lice|
      fleas|maggot*|worms|mould|mouldy|mold|moldy|mildew|fungus|fungal|sewage|sewer|blood stain*|bloodstain*|blood on|
      stained with blood|urine|pee stain*|faeces|feces|excrement|poop|vomit on|condom|pubic hair*|hair in the food|hair in my food|
      hair in our food|insect in the food|insects in the food|fly in my|fly in the soup|fly in the food|flies in the food|
      dead cockroach*|dead insect*|lizard*|bugs in the|bugs on the|bugs in our|bugs in my|bugs everywhere|found bugs|bugs running|bugs crawling|full of bugs|
      bugs all over|insects everywhere|ants in the food|
      expired food|rotten food|rotten eggs|rotten fruit|was rotten|were rotten`,
    health: `food poisoning|poisoned|sick|ill after|got sick|fell sick|fell ill|became ill|became sick|been sick|were sick|was sick|made us sick|
      made me sick|made him sick|made her sick|sick after|ill after|stomach upset|upset stomach|upset tummy|stomach bug|
      stomach infection|stomach ache|stomach pain|diarrh*|vomiting|vomited|throwing up|threw up|hospitalised|hospitalized|
      admitted to hospital|admitted to the hospital|taken to hospital|taken to the hospital|rushed to hospital|rushed to the hospital|
      ended up in hospital|ended up in the hospital|had to go to hospital|had to go to the hospital|ambulance|allergic reaction|
      anaphyla*|rash|rashes|skin infection|infection|legionella|heart attack|asthma attack|breathing problem*|could not breathe|
      see a doctor|call a doctor|called a doctor|to a doctor|the doctor said`,
    discrimination: `racist|racism|racial*|discriminat*|prejudice*|because of my skin|because of our skin|skin colour|skin color|
      because of my race|because of my religion|because of our religion|because we are indian*|because we were indian*|
      because we are locals|because we were locals|because we are muslim*|because we are black|treated differently|
      indians are treated|treat indians|treated indians|second class citizen*|like second class|as second class|look down on|
      looked down on|homophob*|transphob*|sexist|caste`,
    harassment: `harass*|sexual*|molest*|grope*|groped|groping|inappropriately touched|touched inappropriately|
      inappropriate touching|inappropriate comments|hidden camera*|spy camera*|peeping|peeped|stalk*|indecent|obscene|pervert*|
      unwanted advances|made advances|lewd`,
    legal: `lawyer*|attorney*|solicitor*|legal action|legal notice|legal proceedings|take legal|sue them|sue the hotel|will sue|
      going to sue|to sue|suing|sued|lawsuit|court case|consumer court|consumer forum|consumer protection|in court|to court|
      small claims|police complaint|police case|police report|called the police|call the police|calling the police|called police|
      call police|reported to the police|report to the police|report them to the police|complaint with the police|involve the police|
      involved the police|the police came|police came|police arrived|police were called|police was called|police had to be called|police department|police compliant|police investigat*|go to police|went to police|
      go to the police|went to the police|going to the police|filed an fir|file an fir|lodged an fir|
      lodge an fir|filed a complaint with|file a complaint with|complaint to the authorities|report to the authorities|
      reported to the authorities|local authorities|police and authorities|health department|health inspector*|tourism department|ombudsman|trading standards|
      chargeback|charge back|dispute with my bank|disputed the charge|illegal*|unlawful`,
    fraud: "fraud*|scam|scams|scammed|scammers|cheated|cheating|cheaters|con artist*|extort*|looted|swindl*|fake bill*|fake charges",
    theft: `stolen|stole|theft|thief|thieves|robbed|robbery|burglar*|pickpocket*|went missing|gone missing|missing from my|
      missing from our|missing from the safe|missing from the room|taken from my|taken from our|taken from the room|took money|
      disappeared from my|disappeared from our|disappeared from the room`,
    negation: `no|not|never|without|none|nor|neither|zero|hardly|barely|free of|clear of|if|in case|worried|worry|afraid|fear|
      feared|fearing|scared|concerned about|check for|checked for|checking for|looked for|look for|looking for|inspected|beware|
      watch out|careful|prevent*|warned about|heard about|read about|reviews mention*|other reviews|unlike|risk of|make sure|ensure|tip`,
    after: "free|none|not an issue|not a problem|no problem|no issue|no issues|not found|never found",
    ignore: `highway robbery|daylight robbery|fell asleep|fell in love|fell short|fell apart|fell through|sick of|sick and tired|sick leave|sick bay|
      was sick of|were sick of|was sick and tired|were sick and tired|got sick and tired|stole the show|stole my heart|stolen my heart|
      stole our hearts|stole our heart|stolen our hearts|food court|tennis court|badminton court|basketball court|squash court|
      airport authorities|not expect*|never expect*|not think|not believe|never thought|not imagine|not only|not just|no one|
      hurt my feelings|hurt our feelings|rat race|worms eye|lizard king|danger zone|cheating on|scam taxi*|taxi scam*|tourist scam*|
      drunk in love|dying to|can of worms|hotel authorities|fight for|fighting for|a fight for`,
  },
  de: {
    safety: `unsicher*|nicht sicher|gefährlich*|gefahr|brandgefahr|feuer ausgebrochen|brand ausgebrochen|brand im|es brannte|feuerwehr|notausgang verschlossen|
      notausgang versperrt|kein notausgang|kein rauchmelder|rauchmelder fehlte|brandgeruch|verbrannt riechen|gasgeruch|gasleck|
      stromschlag|elektrischen schlag|offene kabel|lose kabel|kurzschluss|funken|verletzt*|verletzung*|gestürzt|hingefallen|
      ausgerutscht|gestolpert|geblutet|blutete|scherben|decke eingestürzt|eingestürzt|ließ sich nicht abschließen|nicht abschließbar|
      kein schloss|schloss kaputt|eingebrochen|einbruch|fremde person|angegriffen|überfall*|bedroht|gewalt|schlägerei|skorpion`,
    hygiene: `bettwanze*|wanzen|kakerlake*|schabe*|ratte*|maus|mäuse|mäusekot|nagetier*|ungeziefer|befall|läuse|flöhe|maden|würmer|
      schimmel*|pilzbefall|abwasser|kanalisation|blutflecken|blut|urin|kot|fäkalien|erbrochenes|kondom|haare im essen|
      fliege im essen|fliege in der suppe|insekten im essen|tote kakerlake|eidechse*|verdorben*|vergammelt*`,
    health: `lebensmittelvergiftung|vergiftet|vergiftung|krank geworden|krank gemacht|erkrankt|magen darm|magenverstimmung|
      magenschmerzen|durchfall|erbrochen|übergeben|krankenhaus eingeliefert|ins krankenhaus|im krankenhaus|notarzt|krankenwagen|
      rettungswagen|allergische reaktion|allergischen schock|ausschlag|infektion|legionellen|arzt aufsuchen|zum arzt`,
    discrimination: `rassist*|rassismus|diskriminier*|hautfarbe|wegen unserer herkunft|wegen meiner herkunft|als ausländer behandelt|
      herablassend behandelt|menschen zweiter klasse|gäste zweiter klasse|homophob*|sexistisch*`,
    harassment: "belästig*|sexuell*|begrapscht|angefasst|versteckte kamera*|anzüglich*|spanner",
    legal: `anwalt|anwältin|rechtsanwalt|rechtsanwältin|anwaltlich*|rechtliche schritte|klage einreichen|klage eingereicht|verklagen|vor gericht|gerichtlich*|polizei gerufen|
      polizei rufen|die polizei kam|anzeige erstattet|anzeige erstatten|strafanzeige|behörde*|gesundheitsamt|ordnungsamt|
      verbraucherzentrale|rückbuchung|illegal*|rechtswidrig*`,
    fraud: "betrug|betrüger*|betrogen|abzocke|abgezockt|gefälscht*|nepp",
    theft: "gestohlen|diebstahl|dieb|diebe|bestohlen|ausgeraubt|geklaut|entwendet|verschwunden aus",
    negation: `kein|keine|keinen|keinem|keiner|keinerlei|nicht|nie|niemals|ohne|weder|frei von|falls|wenn|ob|angst vor|sorge vor|
      befürchtet*|bedenken|gelesen|bewertungen|vorsicht|achtung`,
    after: "frei|keine|keinerlei|nicht gesehen|nicht gefunden|nicht entdeckt|kein problem|kein thema",
    ignore: "nicht nur|nicht erwartet|kein mensch|niemand|feuer und flamme|kaminfeuer|lagerfeuer|am feuer|polizeistation|polizeiwache",
  },
  fr: {
    safety: `dangereu*|danger|pas en sécurité|insécurité|incendie|pris feu|départ de feu|pompiers|issue de secours fermée|
      pas d issue de secours|pas de détecteur|odeur de brûlé|fuite de gaz|odeur de gaz|électrocut*|décharge électrique|
      fils dénudés|câbles dénudés|court circuit|étincelles|blessé|blessée|blessés|blessées|blessure*|je suis tombé|je suis tombée|est tombé par terre|est tombée par terre|fait une chute|glissé|
      glissade|éclats de verre|verre brisé|plafond effondré|effondré*|ne ferme pas à clé|ne fermait pas à clé|serrure cassée|
      sans serrure|intrus|cambriol*|agress*|menac*|violence*|violent*|bagarre|serpent*|scorpion*`,
    hygiene: `punaise*|cafard*|blatte*|cancrelat*|rat|rats|souris|rongeur*|vermine|infest*|poux|puces|asticot*|moisissure*|moisi|
      moisie|égout*|eaux usées|tache* de sang|taches de sang|sang|urine|excrément*|vomi|préservatif|cheveu dans mon assiette|
      cheveu dans l assiette|cheveux dans le plat|cheveu dans le plat|mouche dans la soupe|mouche dans mon assiette|insecte* dans l assiette|lézard*|périmé|périmée|périmés|périmées|pourri|pourrie|pourris|pourries|avarié*`,
    health: `intoxication alimentaire|intoxiqué*|intoxication|malade|malades|tombé malade|tombés malades|gastro|gastroentérite|diarrhée*|vomi|vomir|
      vomissement*|hospitalisé*|à l hôpital|aux urgences|ambulance|samu|réaction allergique|éruption|infection|légionell*|
      appeler un médecin|appelé un médecin|voir un médecin|consulter un médecin`,
    discrimination: "racis*|discrimin*|couleur de peau|à cause de nos origines|à cause de mes origines|homophob*|sexiste*",
    harassment: "harcel*|attouchement*|agression sexuelle|sexuel*|caméra cachée|caméras cachées|voyeur*|pervers*",
    legal: `avocat*|porter plainte|porté plainte|déposer plainte|déposé plainte|dépôt de plainte|poursuite*|tribunal|
      police|gendarmerie|autorités|répression des fraudes|dgccrf|inspection sanitaire|illégal*|mise en demeure|litige`,
    fraud: "arnaque*|arnaqué*|escroc*|escroquerie*|fraude*|frauduleu*",
    theft: "volé|volée|volés|volées|voleur*|cambriolé*|dérobé*|disparu de|disparus de|a disparu",
    negation: "pas|ne|n|jamais|aucun|aucune|sans|ni|en cas|peur|crainte|craignais|inquiet*|vérifié|vérifier|lu|avis|attention",
    after: "aucun|aucune|pas de problème|rien",
    ignore: `vol retardé|vol annulé|long vol|après un vol|notre vol|mon vol|le vol|du vol|au coin du feu|feu de cheminée|feu d artifice|
      feux d artifice|coup de feu|pas seulement|pas que|personne|commissariat|poste de police|la vue`,
  },
  es: {
    safety: `peligros*|peligro|inseguro|insegura|inseguridad|no es seguro|incendio|fuego|bomberos|salida de emergencia cerrada|
      sin salida de emergencia|sin detector de humo|olor a quemado|fuga de gas|olor a gas|descarga eléctrica|electrocut*|
      cables pelados|cables sueltos|cortocircuito|chispas|herid*|lesión|lesiones|me caí|se cayó|nos caímos|resbal*|cristales rotos|
      vidrios rotos|techo se cayó|derrumb*|la puerta no cerraba|no cerraba con llave|no se podía cerrar con llave|sin cerradura|cerradura rota|intruso*|entraron en nuestra|
      agredi*|agresión|amenaz*|violencia|violento*|pelea|serpiente*|escorpi*|alacrán*`,
    hygiene: `chinche*|cucaracha*|rata|ratas|ratón|ratones|roedor*|plaga*|infest*|piojos|pulgas|gusanos|moho|hongos|aguas residuales|
      alcantarilla*|manchas de sangre|sangre|orina|heces|excremento*|vómito en|condón|preservativo|pelo en la comida|pelos en la comida|
      mosca en la comida|mosca en el plato|mosca en la sopa|insecto* en la comida|lagartija*|caducad*|podrid*`,
    health: `intoxicación alimentaria|intoxicación|intoxicad*|envenenad*|me enfermé|nos enfermamos|enfermé|se enfermó|enfermos|enferma|
      enfermo|gastroenteritis|diarrea|vómitos|vomitando|vomité|hospitaliz*|al hospital|en el hospital|urgencias|ambulancia|
      reacción alérgica|sarpullido|erupción|infección|legionela|legionella|ir al médico|
      llamar a un médico|llamaron a un médico|fuimos al médico`,
    discrimination: "racis*|discrimin*|color de piel|por ser extranjeros|por ser latinos|homofob*|homófob*|machista*|sexista*",
    harassment: "acos*|abuso sexual|sexual*|tocamiento*|manose*|cámara oculta|cámaras ocultas|mirón|pervertid*|obscen*",
    legal: `abogad*|demanda judicial|demandar|denunci*|policía|guardia civil|autoridades|hoja de reclamaciones|
      libro de reclamaciones|oficina del consumidor|juzgado|tribunal*|acciones legales|ilegal*`,
    fraud: "estafa*|estafad*|fraude*|fraudulent*|timo|timad*|engaño|engañad*",
    theft: "robad*|robo|robaron|ladrón|ladrones|hurto|desapareci* de|desaparecieron de|nos quitaron|me quitaron",
    negation: `no|nunca|jamás|sin|ni|ningún|ninguna|ninguno|nada|en caso|miedo|temor|preocupad*|revisamos|comprobamos|leído|leí|
      opiniones|cuidado|ojo con`,
    after: "ninguna|ninguno|ni una|ni uno|libre|libres",
    ignore: "no solo|no sólo|nadie|no esperábamos|no esperaba|comisaría|fuego lento|a fuego|fuegos artificiales|lo único",
  },
  it: {
    safety: `pericolos*|pericolo|insicur*|non sicur*|incendio|fuoco|vigili del fuoco|pompieri|uscita di emergenza chiusa|
      uscita di sicurezza chiusa|senza uscita di emergenza|senza rilevatore|odore di bruciato|fuga di gas|odore di gas|scossa|
      folgorat*|fili scoperti|cavi scoperti|cortocircuito|scintille|ferit*|ferito|infortun*|sono caduto|sono caduta|è caduto|
      è caduta|caduta|scivolat*|vetri rotti|crollat*|crollo|la porta non si chiudeva|non si chiudeva a chiave|serratura rotta|senza serratura|
      intruso|intrusi|aggredit*|aggression*|minacc*|violenz*|violent*|rissa|serpent*|scorpion*`,
    hygiene: `cimic*|scarafagg*|blatt*|ratto|ratti|topo|topi|topolino|roditor*|infestat*|pidocchi|pulci|vermi|vermetti|muffa|muffe|
      ammuffit*|fogna|fognatura|liquami|macchie di sangue|sangue|urina|feci|escrementi|vomito|preservativo|capello nel piatto|
      capelli nel piatto|capello nel cibo|mosca nel piatto|insett* nel piatto|lucertol*|gech*|scadut*|marcio|avariat*`,
    health: `intossicazione alimentare|intossicazione|intossicat*|avvelenat*|stato male|stati male|stata male|state male|
      gastroenterite|diarrea|vomit*|ricoverat*|in ospedale|all ospedale|pronto soccorso|ambulanza|reazione allergica|eruzione|infezione|legionell*|
      chiamare un medico|chiamato un medico|chiamato il medico|andare dal medico`,
    discrimination: "razzis*|discrimin*|colore della pelle|perché stranieri|perché italiani|omofob*|sessist*",
    harassment: "molest*|molestie|abusi sessuali|abuso sessuale|sessual*|palpeggiat*|telecamera nascosta|telecamere nascoste|guardon*|pervers*|osceno",
    legal: `avvocat*|denuncia*|denunciat*|querela*|polizia|carabinieri|autorità|tribunale|giudice|azione legale|azioni legali|asl|
      ufficio del turismo|illegal*|codacons|associazione consumatori`,
    fraud: "truffa*|truffat*|frode*|fraudolent*|imbroglio|imbrogliat*|raggir*|fregatura",
    theft: "rubat*|furto|furti|ladr*|derubat*|scompars* dalla|scompars* dal|sparit* dalla|sparit* dal",
    negation: `non|mai|senza|né|nessun|nessuna|nessuno|niente|nulla|in caso|paura|timore|preoccupat*|controllato|letto|recensioni|
      attenzione`,
    after: "nessuna|nessuno|zero|assenti|assente",
    ignore: "non solo|nessun problema|non ci aspettavamo|non mi aspettavo|fuoco lento|fuochi d artificio|a fuoco|questura|commissariato",
  },
  pt: {
    safety: `perigos*|perigo|insegur*|não é seguro|incêndio|fogo|bombeiros|saída de emergência fechada|sem saída de emergência|
      sem detetor de fumo|sem detector de fumaça|cheiro a queimado|cheiro de queimado|fuga de gás|vazamento de gás|cheiro a gás|
      cheiro de gás|choque elétrico|choque eléctrico|eletrocut*|fios expostos|fios soltos|curto circuito|faíscas|ferid*|ferimento*|
      lesão|caí no chão|caiu no chão|levei uma queda|sofri uma queda|escorreg*|vidros partidos|vidro quebrado|vidros quebrados|teto caiu|desabou|desabaram|não trancava|sem fechadura|
      fechadura partida|fechadura quebrada|intruso*|invadiram|agredid*|agressão|ameaç*|violência|violento*|briga|uma cobra|
      escorpi*`,
    hygiene: `percevej*|uma barata|baratas no|baratas na|baratas em|havia baratas|cheio de baratas|vimos baratas|rato|ratos|ratazana*|
      roedor*|praga*|infestad*|piolhos|pulgas|vermes|larvas|mofo|bolor|fungos|esgoto|manchas de sangue|sangue|urina|fezes|
      excrementos|vómito no|vômito no|preservativo|camisinha|cabelo na comida|cabelos na comida|mosca na comida|mosca no prato|mosca na sopa|inseto* na comida|
      insecto* na comida|lagartixa*|fora do prazo|vencid*|podre*`,
    health: `intoxicação alimentar|intoxicação|intoxicad*|envenenad*|passei mal|passamos mal|passou mal|ficou doente|fiquei doente|
      ficamos doentes|ficámos doentes|gastroenterite|diarreia|vómito*|vômito*|vomit*|hospitaliz*|internad*|ao hospital|no hospital|
      urgências|pronto socorro|ambulância|reação alérgica|reacção alérgica|erupção|infeção|infecção|legionela|
      ir ao médico|chamar um médico|chamaram um médico|fomos ao médico`,
    discrimination: "racis*|discrimin*|cor da pele|por sermos estrangeiros|por sermos brasileiros|homofob*|homofóbic*|machist*|sexist*",
    harassment: "assédio|assedi*|abuso sexual|sexual*|apalpad*|câmera escondida|câmara escondida|câmaras escondidas|tarado*|pervert*",
    legal: `advogad*|processar|processo judicial|ação judicial|acção judicial|polícia|policia|gnr|psp|autoridades|
      livro de reclamações|livro de reclamacoes|procon|asae|tribunal|queixa formal|apresentei queixa|ilegal*`,
    fraud: "fraude*|fraudulent*|golpe|golpistas|burla*|burlad*|enganad*|trapaça|vigarice|vigarista*",
    theft: "roubad*|roubo|roubaram|furtad*|furto|ladrão|ladrões|desaparec* do quarto|sumiu do quarto|sumiram do quarto",
    negation: `não|nunca|jamais|sem|nem|nenhum|nenhuma|nada|em caso|medo|receio|preocupad*|verificamos|verificámos|li|lido|
      avaliações|comentários|cuidado`,
    after: "nenhuma|nenhum|zero|livre|livres",
    ignore: "não só|ninguém|não esperávamos|não esperava|fogo de artifício|fogos de artifício|esquadra|delegacia|caiu bem|caiu muito bem",
  },
  nl: {
    safety: `onveilig*|niet veilig|gevaarlijk*|gevaar|brand|brandje|brandweer|nooduitgang op slot|nooduitgang geblokkeerd|
      geen nooduitgang|geen rookmelder|brandlucht|brandgeur|gaslek|gaslucht|stroomschok|elektrische schok|geëlektrocuteerd|
      losse draden|blote draden|kortsluiting|vonken|gewond*|verwond*|letsel|ben gevallen|is gevallen|zijn gevallen|uitgegleden|gestruikeld|bloedde|glasscherven|
      plafond ingestort|ingestort|niet op slot|geen slot|slot kapot|indringer*|ingebroken|inbraak|aangevallen|bedreigd|geweld|
      gewelddadig|vechtpartij|schorpioen*`,
    hygiene: `bedwants*|wandluis*|kakkerlak*|rat|ratten|muis|muizen|muizenkeutels|knaagdier*|ongedierte|luizen|vlooien|maden|wormen|
      schimmel*|beschimmeld|riool*|afvalwater|bloedvlekken|bloed|urine|uitwerpselen|poep|braaksel|condoom|haar in het eten|
      haren in het eten|vlieg in het eten|vlieg in de soep|insect* in het eten|hagedis*|gekko*|over de datum|bedorven|verrot*`,
    health: `voedselvergiftiging|vergiftigd|vergiftiging|ziek geworden|werd ziek|werden ziek|ziek van|buikgriep|maag darm|diarree|
      overgeven|overgegeven|braken|gebraakt|ziekenhuis opgenomen|naar het ziekenhuis|in het ziekenhuis|spoedeisende hulp|ambulance|
      allergische reactie|uitslag|infectie|legionella|naar de dokter|dokter gebeld|
      dokter bellen|naar de huisarts`,
    discrimination: "racis*|discrimin*|huidskleur|omdat we buitenlanders|omdat wij buitenlanders|homofob*|seksist*",
    harassment: "intimid*|lastiggevallen|lastig gevallen|seksue*|aangerand|betast|verborgen camera*|gluur*|pervers*",
    legal: `advocaat|advocaten|rechtszaak|aanklacht|aangifte|politie|autoriteiten|consumentenbond|geschillencommissie|rechter|
      juridische stappen|illegaal|onwettig`,
    fraud: "oplicht*|opgelicht|fraude*|frauduleus*|bedrog|bedrogen|zwendel*",
    theft: "gestolen|diefstal|dief|dieven|beroofd|ontvreemd|verdwenen uit",
    negation: "geen|niet|nooit|zonder|noch|indien|bang|angst|bezorgd|gecontroleerd|controleren|gelezen|recensies|reviews|pas op",
    after: "vrij|geen|niet gezien|niet gevonden",
    ignore: "niet alleen|niemand|brand new|brandschoon|politiebureau|vuurwerk|in vuur en vlam",
  },
};
