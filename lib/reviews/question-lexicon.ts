import type { SupportedLanguage } from "./language-profiles";

// How guests ask something a reply can answer, and how they ask what needs no answer. Regular expression
// sources over a folded sentence: lower case, no accents, words joined by single spaces, "n't" spelt
// " not" ("don't you" -> "do not you"). `opening` is matched at the start of the question (after a
// filler such as "also" or "but"), `anywhere` inside it; `rhetorical` rules a question out; `request`
// finds questions written without a question mark ("could you let me know whether ..."). `opener` is a
// mark that opens a question in writing ("¿"): a sentence that carries it asks, unless it is rhetorical.
// Languages that ask by word order ("Ist das Frühstück inbegriffen?", "Is het ontbijt inbegrepen?") list
// their question verbs in `opening`; those that ask by intonation ("La colazione è inclusa?") list what
// is asked about ("inclusa", "aperto") in `anywhere`.

export type QuestionCues = { opening: string[]; anywhere: string[]; rhetorical: string[]; request: string[]; fillers: string; opener?: string };

export const QUESTION_CUES: Record<SupportedLanguage, QuestionCues> = {
  en: {
    fillers: "also|and|but|so|just|one|btw|question|quick question|one question|one comment|comment|a suggestion|suggestion|ps|p s|please|pls|by the way|lastly|finally|hi|hello",
    opening: [
      "(do|does|can|could|will|would|are|is|have|has|may) (you|u|ya|the hotel|the management|the staff|the restaurant|your)\\b",
      "(is|are) there\\b", "will there be\\b", "is it (possible|allowed|ok|okay|free|safe to|necessary|true)\\b",
      "(can|could|may|should) (i|we) (book|bring|get|have|ask|request|pay|park|use|check|order|come|stay|reserve|leave|store|cancel|expect)\\b",
      "(when|where|what time|how much|how long|how far|how early|how late|how many|how do (i|we)|how can (i|we)|which|whom)\\b",
      "who (do|should|can) (i|we)\\b", "why (not|do not you|does not the hotel|do you|does the hotel|is there no|are there no)\\b",
      "any (chance|idea|plans?|news|update)\\b", "(perhaps|maybe) (you|the hotel|the management|the staff|they|\\w+) (could|should|can|might)\\b", "(does|do) (anyone|anybody) know\\b", "what (is|are) (the|your) (price|prices|rate|rates|policy|charge|fee|cost|opening|timings?|hours)\\b",
    ],
    anywhere: ["\\b(could|can|would|will) you (please )?(tell|let|confirm|advise|explain|check|send|refund|reply|contact)\\b", "\\bis the hotel (willing|able|going)\\b"],
    rhetorical: [
      "what (more|else) (could|can|do|would|should|did|does) (you|one|anyone|i|we|a \\w+) (want|ask|need|wish|expect|desire|hope)",
      "who could ask for (more|anything)", "what (is|s) not to (like|love)", "need i say (more|anymore|any more)",
      "(can|could) (you|u|anyone) (believe|imagine)", "guess what", "are (you|they) (kidding|serious|joking)",
      "what were they thinking", "how (wrong|lucky|naive|stupid) (were|was|am|are) (we|i)", "^(is|was|are|were) (this|that|it) (called|what|how|the way|your idea|a joke|supposed|\\d|a \\d|an? \\w+ star)",
      "(why|how) (would|should|could|can) (anyone|anybody|one|a (hotel|guest|person)|any (hotel|guest|one))", "^who (would|wants|needs|cares|does that)",
      "^where do i (start|begin)", "what (can|could) (i|one|you) say", "what (else )?is there to say", "^what if\\b",
      "\\b(is|was|are|were|do|does|did|will|would|can|could|have|has) not (it|they|he|she|we|you|there|i)$", "\\b(right|eh|huh|no|ok|okay|lol)$",
      "^(would|will|should|shall) (i|we) (ever )?(stay|go|return|come|recommend|book|visit|be back|choose|use)", "^(do|did|does|would|should|could) (i|we) (want|need|like|care|regret|expect|mind)",
      "^(how|what) (about|dare)", "^how (can|could|do|does) (a|an|any|such|they|one|anyone|someone|somebody|these|this|that|the staff|the hotel|a hotel|u|you) ",
      "what (kind|sort|type) of (hospitality|service|hotel|place|management|behaviou?r|treatment|customer service|joke|staff|property)",
      "^(what|how) (a|an) \\w+", "^(why|what|how) (the|on earth|in the world)", "^(seriously|really|honestly|hello|wow)\\b", "^(so|then) why\\b",
      "^why (did|was|were|would|is it|do they|does it|had|have|has)\\b", "^(and|so|but) (what|why)$",
    ],
    request: ["\\b(could|can|would) you (please )?(let (me|us) know|tell (me|us)|confirm|advise)\\b", "\\bi (would|d) (like|love) to know\\b", "\\bplease (let (me|us) know|advise|confirm|tell (me|us)) (if|whether|why|when|how|what)\\b"],
  },
  de: {
    fillers: "und|aber|also|noch|frage|eine frage|ps|bitte|übrigens|ubrigens|hallo",
    opening: [
      "(haben|hatten|konnen|konnten|wurden|bieten|gibt|sind|waren|durfen) (sie|ihr)\\b", "(gibt es|ist es moglich|ist es erlaubt|kann man|konnte man|darf man|durfen wir|darf ich|kann ich|konnen wir|konnte ich|konnten wir)\\b",
      "(wann|wo|wie viel|wieviel|wie lange|wie weit|wie fruh|wie spat|welche|welcher|welches|um wie viel uhr|ab wann|bis wann)\\b",
      "warum (nicht|gibt es kein|haben sie|bieten sie|hat das hotel)\\b",
      "(ist|sind|hat|habt|kann|darf|muss|wird|werden|bietet|bekommt|bekommen|akzeptiert|akzeptieren|nehmt|nimmt|liegt|fahrt|gilt) \\w+", "(ist|sind) (der|die|das) \\w+ (geoffnet|offen|verfugbar|kostenlos|inklusive|inbegriffen)\\b",
    ],
    anywhere: ["\\b(inbegriffen|inklusive|im preis enthalten)\\b", "\\b(konnten|konnen|wurden) sie (mir|uns) (bitte )?(sagen|mitteilen|bestatigen|erklaren)\\b"],
    rhetorical: [
      "\\b(wirklich|eigentlich|ernsthaft|tatsachlich|allen ernstes)\\b", "sterne", "^(sind|waren) wir (hier )?(in|im|auf)\\b",
      "was (will|braucht|mochte|kann|soll|wunscht) man (noch )?mehr", "was (will|wollte|braucht|brauchte) (ich|man|wir) (noch )?mehr", "was soll (ich|man) (da )?(noch )?sagen",
      "^wer (braucht|will|mochte|hat) (schon|da|das)", "^(wurde|wurden|werde|werden) (ich|wir) (wieder|nochmal|noch einmal)", "^(ist|war) das (ihr|der|die|das|ein|eine|normal|service|gastfreundschaft|\\d)",
      "\\b(oder|gell|ne|nicht wahr|oder nicht)$", "^(warum|wieso|weshalb) (war|waren|hat|hatte|haben|hatten|wurde|wurden|musste|mussten)\\b", "^(wie|was) (kann|soll) man\\b", "^(ernsthaft|wirklich|hallo)\\b",
      "^wie kann (ein|eine|man|das)\\b",
    ],
    request: ["\\bich (wurde|mochte) (gerne |gern )?wissen\\b", "\\b(konnten|konnen) sie (mir|uns) (bitte )?(sagen|mitteilen)\\b", "\\bbitte teilen sie (mir|uns) mit\\b"],
  },
  fr: {
    fillers: "et|mais|alors|aussi|question|une question|ps|svp|s il vous plait|bonjour|enfin",
    opening: [
      "(avez|pouvez|pourriez|proposez|acceptez|faites|etes|serez) vous\\b", "(est ce que (vous|l hotel|le restaurant|je peux|nous pouvons|on peut|il y a)|est il possible|y a t il|peut on|pourrait on|puis je|pouvons nous|serait il possible)\\b",
      "(quand|ou|combien|a quelle heure|quel|quelle|quels|quelles|jusqu a quelle heure)\\b", "pourquoi (ne pas|n avez vous|ne proposez vous|ne faites vous)\\b",
    ],
    anywhere: ["\\b(est|sont|etait|faut|peut|peuvent|doit|doivent|existe|propose|accepte|reste|sera|seront|ferme|ouvre) t? ?(il|elle|ils|elles|on)\\b", "\\b(compris|comprise|inclus|incluse)\\b", "\\b(pourriez|pouvez) vous (me|nous) (dire|indiquer|confirmer|expliquer)\\b"],
    rhetorical: [
      "\\b(vraiment|serieusement|franchement)\\b", "etoiles",
      "que (demander|vouloir|dire|desirer|esperer|souhaiter) de (plus|mieux)", "quoi (demander |dire )?de (plus|mieux)", "qui dit mieux", "(est ce|c est) (normal|ca|cela)",
      "\\bnormal$", "^(reviendr|retournerai|retournerions)", "\\bn est ce pas$", "\\b(non|hein)$", "^que dire\\b", "^(pourquoi|comment) (a t on|avoir|etait|etaient|ont ils|a t il|avait)\\b",
      "^comment (peut on|un hotel|est ce possible)", "^(serieusement|vraiment|allo)\\b",
    ],
    request: ["\\bje (voudrais|souhaiterais|aimerais) savoir\\b", "\\b(pourriez|pouvez) vous (me|nous) (dire|indiquer|confirmer)\\b", "\\bmerci de (me|nous) (dire|indiquer|confirmer)\\b"],
  },
  es: {
    fillers: "y|pero|tambien|pregunta|una pregunta|ps|por favor|hola|por cierto",
    opener: "¿",
    opening: [
      "(tienen|tiene|pueden|podrian|ofrecen|aceptan|admiten|disponen) (ustedes |usted )?", "(teneis|tienes|podeis|puedes|ofreceis|aceptais|admitis|incluye|incluyen|sirven|abre|cierra)\\b", "(es posible|se puede|se pueden|puedo|podemos|podria|podriamos|hay)\\b",
      "(cuando|donde|cuanto|cuanta|cuantos|cuantas|a que hora|cual|cuales|que horario|hasta que hora)\\b", "por que no\\b",
    ],
    anywhere: ["\\b(incluido|incluida|incluidos|incluidas)\\b", "\\b(ustedes|usted)\\b", "\\b(podrian|pueden|podria) (decirme|decirnos|confirmar|indicarme|indicarnos|explicar)\\b"],
    rhetorical: [
      "\\b(de verdad|en serio|realmente)\\b", "estrellas", "^(esto|eso) es\\b",
      "que mas (se puede|puedes|podemos|podria|quieres|se le puede|decir|pedir|se necesita)", "se puede pedir mas", "^(volveria|volveriamos|repetiria|repetiriamos)",
      "^(en serio|de verdad|hola)\\b", "\\bes normal", "\\b(verdad|no)$", "^que (decir|mas decir)", "^por que (fue|era|estaba|estaban|tuvimos|tuve|nos|me|hubo|habia)\\b", "^como (es posible|puede ser|pueden)\\b",
    ],
    request: ["\\b(me|nos) gustaria saber\\b", "\\bquisiera saber\\b", "\\b(podrian|pueden) (decirme|decirnos|confirmarme|confirmarnos|indicarme|indicarnos)\\b"],
  },
  it: {
    fillers: "e|ma|anche|domanda|una domanda|ps|per favore|ciao|comunque",
    opening: [
      "(avete|potete|potreste|offrite|accettate|fate|siete)\\b", "(c e|ci sono|e possibile|si puo|posso|possiamo|potrei|potremmo)\\b",
      "(quando|dove|quanto|quanta|quanti|quante|a che ora|quale|quali|fino a che ora)\\b", "perche non\\b",
    ],
    anywhere: ["\\b(e|sono|era) (inclus[aoie]|compres[aoie]|apert[aoie]|disponibil[ei]|gratuit[aoie]|a pagamento|possibile)\\b", "\\b(accettate|avete|offrite|fate)\\b", "\\b(voi|vostro|vostra|vostri|vostre)\\b", "\\b(potreste|potete) (dirmi|dirci|confermare|indicarmi|spiegare)\\b"],
    rhetorical: [
      "\\b(davvero|sul serio|veramente)\\b", "stelle", "^(questo|questa) (sarebbe|e)\\b",
      "(cosa|che) (altro )?(chiedere|volere|desiderare|pretendere) di (piu|meglio)", "^che (altro )?dire", "^cosa (altro )?dire", "^(tornerei|torneremmo|ci tornerei|ci torneremmo)",
      "\\b(vi sembra|e|sembra) normale", "\\b(no|vero|giusto|eh)$", "ma (scherziamo|stiamo scherzando)", "^perche (era|erano|abbiamo|ho|c era|e stato|hanno)\\b", "^come (e possibile|si fa|puo)\\b", "^(davvero|sul serio)\\b",
    ],
    request: ["\\bvorrei sapere\\b", "\\b(potreste|potete) (dirmi|dirci|confermarmi|indicarmi)\\b", "\\bmi (piacerebbe|farebbe piacere) sapere\\b"],
  },
  pt: {
    fillers: "e|mas|tambem|pergunta|uma pergunta|ps|por favor|ola|alias",
    opening: [
      "(voces|vcs|tem|teem|podem|poderiam|oferecem|aceitam|tendes|servem|fazem)\\b", "(e possivel|pode se|posso|podemos|poderia|poderiamos|ha|existe|existem)\\b",
      "(quando|onde|quanto|quanta|quantos|quantas|a que horas|qual|quais|ate que horas)\\b", "por ?que nao\\b",
    ],
    anywhere: ["\\b(inclui|incluem|incluid[oa]s?|inclus[oa]s?)\\b", "\\b(esta|e|sao|estao|fica|ficam) (abert[oa]s?|disponive(l|is)|gratuit[oa]s?|pag[oa]s?)\\b", "\\b(o hotel|voces|vcs) (tem|teem|oferece|aceita|aceitam|possui|dispoe)\\b", "\\b(voces|vcs)\\b", "\\b(poderiam|podem) (me )?(dizer|informar|confirmar|explicar)\\b"],
    rhetorical: [
      "\\b(a serio|serio|realmente|de verdade)\\b", "estrelas", "^(isto|isso) e\\b",
      "(o )?que mais (se pode|posso|podemos|poderia|querer|pedir|dizer|se quer)", "^(voltaria|voltariamos|voltarei|voltaremos)", "\\be normal", "\\b(certo|nao e|ne|ne nao)$",
      "^(a serio|serio|serio mesmo)\\b", "^por ?que (foi|era|estava|estavam|tivemos|tive|nos|me|houve|havia)\\b", "^como (e possivel|pode|podem)\\b",
    ],
    request: ["\\bgostaria de saber\\b", "\\b(poderiam|podem) (me )?(dizer|informar|confirmar)\\b"],
  },
  nl: {
    fillers: "en|maar|ook|vraag|een vraag|ps|alstublieft|graag|hallo|trouwens",
    opening: [
      "(hebben|heeft|kunnen|kunt|bieden|biedt|accepteren|zijn) (jullie|u|het hotel)\\b", "(is er|zijn er|is het mogelijk|kan ik|kunnen we|kunnen wij|mag ik|mogen we|mogen wij|kan je|kun je)\\b",
      "(is|zijn|wordt|worden|mag|mogen|moet|moeten|kan|kunnen|heeft|hebben|biedt|bieden|accepteert|accepteren|ligt|gaat|gaan|zit) \\w+",
      "(wanneer|waar|hoeveel|hoe laat|hoe lang|hoe ver|welke|welk|tot hoe laat)\\b", "waarom (niet|hebben jullie|heeft u|heeft het hotel)\\b",
    ],
    anywhere: ["\\b(inbegrepen|inclusief)\\b", "\\b(jullie|u) (nog )?(laten weten|vertellen|bevestigen|uitleggen)\\b"],
    rhetorical: [
      "\\b(nou|echt|eigenlijk|serieus|werkelijk)\\b", "sterren", "^moet dat\\b",
      "wat (wil|wilt|moet) (je|jij|een mens|men|u) (nog )?meer", "^(kom|zou|zouden|komen) (ik|we|wij) (ooit )?(nog )?(terug|weer)", "is dit normaal", "\\b(toch|he|niet|of niet)$",
      "^waarom (was|waren|hadden|had|moesten|moest|werd|werden)\\b", "^hoe (kan|kun) (je|een|het)\\b", "^(serieus|echt)\\b",
    ],
    request: ["\\bik (zou|wil) graag weten\\b", "\\b(kunnen|kunt) (jullie|u) (mij|ons) (laten weten|vertellen)\\b"],
  },
};
