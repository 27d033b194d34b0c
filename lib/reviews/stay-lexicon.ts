import type { SupportedLanguage } from "./language-profiles";

// Who the guest travelled with and why: words that say so about this stay, not about the hotel ("a good
// business hotel", "family-run", "a couple of days" are in `ignore`). Same pattern syntax as
// aspect-lexicon.ts.

export const STAY_CONTEXTS = ["business", "family", "couple", "solo", "friends"] as const;
export type StayContext = (typeof STAY_CONTEXTS)[number];

/**
 * Advice to other travellers ("ideal for a business trip", "safe for solo travellers") says who the hotel
 * suits, not who this guest travelled with: a context right after such words is not evidence.
 */
export const STAY_ADVICE: Record<SupportedLanguage, string> = {
  en: `good for|great for|perfect for|perfectly suitable for|ideal for|suitable for|recommended for|recommend it for|safe for|best for|
    excellent for|nice for|advisable for|friendly for|whether you are|if you are|for those|anyone on|space for|suits|suited for`,
  de: "ideal für|geeignet für|perfekt für|gut für|empfehlenswert für|empfehlenswert als|wenn man|für alle",
  fr: "idéal pour|parfait pour|adapté aux|adapté pour|recommandé pour|si vous|pour ceux",
  es: "ideal para|perfecto para|recomendable para|recomendado para|si vas|para quienes",
  it: "ideale per|perfetto per|adatto a|adatto per|consigliato per|se siete|per chi",
  pt: "ideal para|perfeito para|recomendado para|indicado para|se for|para quem",
  nl: "ideaal voor|perfect voor|geschikt voor|aan te raden voor|als je|voor wie",
};

export const STAY_LEXICON: Record<SupportedLanguage, Record<StayContext | "ignore", string>> = {
  en: {
    business: `business trip*|on business|for business|business travel*|business stay|work trip*|for work|official trip*|official tour|
      official visit|office trip|conference|seminar|training program*|client meeting*|meeting clients|my colleague*|our colleague*|
      with colleague*|corporate trip|corporate stay|work related|company trip|team offsite|offsite`,
    family: `family trip*|family holiday*|family vacation*|family stay|family get together|with my family|with our family|with family|
      my kids|our kids|the kids|with kids|my children|our children|with children|with a toddler|our toddler|my toddler|our baby|
      my baby|with a baby|our two kids|our 2 kids|our three kids|our 3 kids|two kids|2 kids|three kids|3 kids|
      our two children|our 2 children|two children|2 children|our little one|our little ones|my little one|our boys|our girls|
      our son|my son|our daughter|my daughter|our sons|our daughters|my parents|our parents|my mother|my father|
      my mom|my mum|my dad|in laws|grandchildren|grandparents|kids club|baby cot|extra bed for our`,
    couple: `my wife|my husband|my partner|my girlfriend|my boyfriend|my fiance*|wife and i|husband and i|partner and i|
      girlfriend and i|boyfriend and i|honeymoon|anniversary|romantic|as a couple|for couples|couple friendly|babymoon|wedding night`,
    solo: `solo|travelling alone|traveling alone|travelled alone|traveled alone|stayed alone|travel alone|on my own|by myself|
      single traveller|single traveler|single woman|single female|single lady|lone traveller|lone traveler`,
    friends: `with friends|with my friends|with our friends|my friends and i|friends trip|girls trip|boys trip|guys trip|bachelor*|
      stag|hen party|hen do|group of friends|friend and i|with a friend|with my friend|college friends|school friends|reunion`,
    ignore: `business hotel|business centre|business center|business class|business lounge|business district|business area|
      business people|business travellers|business travelers|family run|family owned|family friendly|family room for|
      a couple of|couple of|for families|families with|friends told|friend recommended|friends recommended|recommend to friends|
      recommend it to friends|tell my friends|tell our friends|to my friends|to our friends|solo travellers|solo travelers|
      conference room*|conference hall*|conference facilit*|seminar room*|seminar hall*`,
  },
  de: {
    business: "geschäftsreise*|geschäftlich*|beruflich*|dienstreise*|dienstlich*|messe|messebesuch|konferenz|tagung|seminar|kollegen|kollegin|kolleginnen|montage",
    family: `familienurlaub|familienreise|mit der familie|mit meiner familie|mit unserer familie|mit kindern|mit kind|unsere kinder|
      meine kinder|unser sohn|unsere tochter|unserem sohn|unserer tochter|mein sohn|meine tochter|meinen eltern|meine eltern|
      unseren kindern|mit baby|kinderbett|enkelkinder*|enkeln|schwiegereltern`,
    couple: `meine frau|meiner frau|mein mann|meinem mann|mein partner|meine partnerin|meiner partnerin|meinem partner|meine freundin|
      mein freund|flitterwochen|hochzeitsreise|hochzeitstag|jahrestag|romantisch*|zu zweit|als paar|pärchen`,
    solo: "alleinreisend*|allein gereist|alleine gereist|allein unterwegs|alleine unterwegs|als frau allein|solo",
    friends: "mit freunden|mit freundinnen|mit meinen freunden|freundeskreis|mit einer freundin|mit einem freund|junggesellen*|mädelstour|männertour",
    ignore: "familiengeführt*|familienbetrieb|kinderfreundlich*|geschäftsviertel|businesshotel|für familien|für paare|für geschäftsreisende",
  },
  fr: {
    business: `voyage d affaires|voyages d affaires|déplacement professionnel|déplacements professionnels|pour le travail|pour affaires|
      séminaire|conférence|congrès|salon professionnel|collègue*|mission`,
    family: `en famille|avec ma famille|avec notre famille|avec les enfants|avec nos enfants|avec mes enfants|avec des enfants|nos enfants|
      mes enfants|notre fils|notre fille|mon fils|ma fille|mes parents|nos parents|petits enfants|bébé|lit bébé|vacances familiales`,
    couple: `ma femme|mon mari|mon épouse|mon époux|mon conjoint|ma conjointe|mon compagnon|ma compagne|mon copain|ma copine|en amoureux|
      lune de miel|voyage de noces|anniversaire de mariage|romantique*|en couple|à deux`,
    solo: "en solo|voyageant seul|voyageant seule|voyage en solitaire|j étais seul|j étais seule|je voyageais seul|je voyageais seule|seule en voyage",
    friends: "entre amis|entre amies|avec des amis|avec des amies|avec mes amis|avec mes amies|avec un ami|avec une amie|entre copains|entre copines|enterrement de vie",
    ignore: "familial|familiale|quartier d affaires|pour les familles|pour les couples|centre d affaires|salle de conférence|salle de séminaire",
  },
  es: {
    business: "viaje de negocios|viaje de trabajo|por trabajo|por negocios|congreso|conferencia|feria|compañeros de trabajo|colegas|reunión de trabajo",
    family: `en familia|con mi familia|con nuestra familia|con niños|con los niños|con nuestros hijos|con mis hijos|nuestros hijos|mis hijos|
      nuestro hijo|nuestra hija|mi hijo|mi hija|mis padres|nuestros padres|nietos|bebé|cuna|vacaciones familiares`,
    couple: `mi mujer|mi esposa|mi marido|mi esposo|mi pareja|mi novia|mi novio|luna de miel|aniversario|romántic*|en pareja|escapada romántica`,
    solo: "viajo sola|viajo solo|viajando sola|viajando solo|viajé sola|viajé solo|en solitario|fui sola",
    friends: "con amigos|con amigas|con mis amigos|con mis amigas|con un amigo|con una amiga|despedida de soltero|despedida de soltera|entre amigos",
    ignore: "familiar|para familias|para parejas|zona de negocios|centro de negocios",
  },
  it: {
    business: "viaggio di lavoro|viaggi di lavoro|per lavoro|trasferta|convegno|congresso|conferenza|fiera|colleghi|colleghe|collega",
    family: `in famiglia|con la famiglia|con la mia famiglia|con bambini|con i bambini|con i nostri figli|con i miei figli|nostri figli|
      miei figli|nostro figlio|nostra figlia|mio figlio|mia figlia|i miei genitori|nipotini|neonato|culla|vacanza in famiglia`,
    couple: `mia moglie|mio marito|il mio compagno|la mia compagna|il mio ragazzo|la mia ragazza|il mio fidanzato|la mia fidanzata|
      luna di miele|viaggio di nozze|anniversario|romantic*|in coppia`,
    solo: "viaggio da sola|viaggio da solo|viaggiando da sola|viaggiando da solo|viaggiatrice solitaria|da sola|in solitaria",
    friends: "con amici|con amiche|con i miei amici|con le mie amiche|con un amico|con un amica|tra amici|addio al celibato|addio al nubilato",
    ignore: "a conduzione familiare|familiare|per famiglie|per coppie|zona affari",
  },
  pt: {
    business: "viagem de negócios|viagem de trabalho|a trabalho|em trabalho|por trabalho|congresso|conferência|feira|colegas de trabalho|colegas",
    family: `em família|com a família|com a minha família|com minha família|com crianças|com os nossos filhos|com os meus filhos|nossos filhos|
      meus filhos|nosso filho|nossa filha|meu filho|minha filha|meus pais|os meus pais|netos|bebé|bebê|berço|férias em família`,
    couple: `minha esposa|minha mulher|meu marido|meu esposo|meu namorado|minha namorada|meu companheiro|minha companheira|lua de mel|
      aniversário de casamento|romântic*|em casal`,
    solo: "viajo sozinha|viajo sozinho|viajando sozinha|viajando sozinho|viajei sozinha|viajei sozinho|sozinha|sozinho",
    friends: "com amigos|com amigas|com os meus amigos|com meus amigos|com um amigo|com uma amiga|entre amigos|despedida de solteiro|despedida de solteira",
    ignore: "familiar|para famílias|para casais|centro de negócios",
  },
  nl: {
    business: "zakenreis|zakelijk*|voor werk|voor mijn werk|werkbezoek|congres|conferentie|beurs|collega*|dienstreis",
    family: `met het gezin|met ons gezin|met mijn gezin|met de familie|met kinderen|met de kinderen|onze kinderen|mijn kinderen|onze zoon|
      onze dochter|mijn zoon|mijn dochter|mijn ouders|onze ouders|kleinkinderen|baby|babybedje|gezinsvakantie|familievakantie`,
    couple: `mijn vrouw|mijn man|mijn partner|mijn vriendin|mijn vriend|huwelijksreis|huwelijksverjaardag|romantisch*|als stel|met z n tweeën|met zn tweeen`,
    solo: "alleen gereisd|alleen reizend|alleenreizend*|in mijn eentje|solo",
    friends: "met vrienden|met vriendinnen|met mijn vrienden|met een vriend|met een vriendin|vriendengroep|vrijgezellenfeest",
    ignore: "familiebedrijf|kindvriendelijk*|voor gezinnen|voor stellen",
  },
};
