import type { GuardrailFlag } from "../types";
import { matchesIn, negatedAt, wordsPattern, type Rule } from "./shared";

// Blaming or arguing with the guest in public ("you should have read our policy", "that is simply not
// true", "other guests never complained"). Future guests read the reply, not the dispute, and side with
// the guest. Patterns are written for folded text (no accents, lower case) in Lobby's seven languages.

const ARGUING = wordsPattern([
  // en
  "as (?:clearly |explicitly )?(?:stated|mentioned|explained|indicated|specified|written) (?:in|on) (?:our|the) (?:policy|policies|website|booking|terms|conditions|confirmation|house rules)",
  "you (?:should|ought to|could) have (?:read|checked|known|informed|told|asked|booked|contacted|noticed|mentioned|requested|looked|called|realised|realized)",
  "you (?:failed|neglected|refused) to", "you did ?n[o']t (?:bother|read|inform|tell|ask|check|mention)",
  "you didnt (?:bother|read|inform|tell|ask|check|mention)",
  "(?:that|this|it) is (?:simply |just |completely |totally |absolutely |frankly )?(?:not true|untrue|false|a lie|incorrect|nonsense)",
  "(?:that|this|it)'s (?:simply |just |completely |totally )?(?:not true|untrue|false|a lie|nonsense)",
  "(?:other|no other|none of our other|our other) guests? (?:have |has |had )?(?:ever |never )?complained",
  "nobody else (?:has )?(?:ever )?complained", "unlike (?:you|yourself)", "your (?:own )?fault", "you (?:are|were) to blame",
  "you (?:are|were) (?:rude|aggressive|drunk|abusive|lying|mistaken|wrong|dishonest)", "you (?:claim|allege|pretend)",
  "contrary to (?:what you|your) (?:say|said|claim|claimed|wrote|allege)", "you seem to (?:forget|have forgotten)",
  "(?:if|had) you (?:had )?(?:read|checked|bothered)", "it (?:is|was) your (?:own )?responsibility",
  "we are not responsible for your", "you chose to ignore", "we (?:strongly )?(?:reject|deny|dispute) (?:your|these|this|the) (?:claims?|allegations?|accusations?|review)",
  "your (?:review|account|story|claims?) (?:is|are) (?:misleading|false|fake|inaccurate|dishonest|exaggerated)", "you were (?:clearly |duly |explicitly )(?:informed|told|warned)", "as you were (?:informed|told|warned)",
  // de
  "wie (?:in unseren|in den|in unserer|auf unserer) (?:agb|richtlinien|bedingungen|hausregeln|hausordnung|website|buchungsbestatigung)",
  "(?:sie|du) hatte(?:n|st)? (?:\\w+ ){0,4}(?:lesen|informieren|melden|fragen|prufen|buchen|beachten|mitteilen|anrufen|kontaktieren|ansprechen) (?:sollen|mussen)", "hatten sie (?:\\w+ ){0,3}(?:gelesen|gepruft|informiert|gefragt)",
  "das (?:ist|stimmt) (?:schlicht(?:weg)? |einfach |so |definitiv )?(?:nicht|falsch|unwahr|gelogen)(?! nur)", "entspricht nicht der wahrheit",
  "andere gaste haben sich (?:noch )?nie beschwert", "kein anderer gast", "anders als sie", "anders als du", "(?:ihre|deine) (?:eigene )?schuld", "selbst schuld",
  "sie behaupten", "du behauptest", "ihre behauptung\\w*", "(?:sie|du) (?:haben|hast) (?:es )?versaumt", "nicht unser problem",
  "wir weisen (?:ihre|diese|die) (?:vorwurfe|kritik|anschuldigungen) (?:entschieden )?zuruck",
  // fr
  "comme (?:indique|precise|stipule|mentionne|ecrit) dans (?:nos|notre|les|la) (?:conditions|politique|reglement|cgv|confirmation)",
  "vous auriez du (?!etre|recevoir|avoir|beneficier|trouver|profiter|obtenir|passer)", "tu aurais du (?!etre|recevoir|avoir|beneficier|trouver|profiter|obtenir|passer)", "vous n'avez pas (?:pris la peine|juge utile|lu)", "c'est (?:tout simplement |totalement |completement )?(?:faux|un mensonge|mensonger)",
  "ce n'est pas vrai", "(?:les )?autres (?:clients|hotes|voyageurs) ne se sont (?:jamais )?plaints", "aucun autre client", "contrairement a (?:vous|toi)",
  "(?:de )?votre (?:propre )?faute", "vous pretendez", "vos allegations", "nous contestons", "vous avez omis",
  // es
  "como (?:se indica|indica|se especifica|consta|se explica) en (?:nuestra|nuestras|la|las|nuestro) (?:politica|condiciones|normas|web|reserva)",
  "(?:usted )?deberia haber (?:leido|consultado|avisado|informado|preguntado|revisado)", "deberias haber (?:leido|consultado|avisado|informado|preguntado|revisado)", "no es (?:cierto|verdad)", "es (?:totalmente |completamente )?falso",
  "(?:otros|ningun otro) huesped(?:es)? (?:se ha quejado|se han quejado|nunca se ha(?:n)? quejado)", "a diferencia de (?:usted|ti)",
  "(?:es )?(?:su|tu) culpa", "usted afirma", "sus acusaciones", "usted no se molesto", "usted no (?:leyo|informo|aviso)",
  // it
  "come (?:indicato|specificato|riportato|scritto) (?:nella|nelle|nel|sul|sulla) (?:nostra |nostre |nostro )?(?:policy|politica|condizioni|regolamento|sito)",
  "avrebbe dovuto (?:leggere|informar\\w*|chiedere|controllare|verificare|avvisar\\w*)", "avresti dovuto (?:leggere|informar\\w*|chiedere|controllare|verificare|avvisar\\w*)", "non e (?:affatto |assolutamente )?vero", "e (?:del tutto |completamente |assolutamente )?falso",
  "(?:altri|nessun altro) ospit[ei] (?:non )?(?:si e|si sono|si sia) mai lamentat\\w*", "a differenza (?:sua|di lei|tua|di te)",
  "(?:e )?colpa (?:sua|tua)", "lei sostiene", "le sue accuse", "non si e preoccupato",
  // pt
  "conforme (?:indicado|informado|consta|descrito) (?:na|nas|em nossa|em nossas|no|nos) (?:politica|condicoes|regras|site|reserva)",
  "(?:voce|o senhor|a senhora) deveria ter (?!sido|recebido|tido|encontrado|desfrutado)", "deveria ter (?:lido|verificado|avisado|informado|perguntado)", "nao e verdade", "e (?:totalmente |completamente )?falso",
  "(?:outros|nenhum outro) hospedes? (?:nunca )?(?:se queixou|reclamou|reclamaram|se queixaram)", "ao contrario (?:de voce|do senhor|da senhora|de si)",
  "(?:a )?culpa (?:e )?(?:sua|tua|do senhor|da senhora)", "voce alega", "suas alegacoes",
  // nl
  "zoals (?:vermeld|aangegeven|beschreven|vermeld staat|staat) (?:in|op) (?:onze|de) (?:voorwaarden|huisregels|beleid|website|bevestiging)",
  "(?:u|je) had (?:\\w+ ){0,3}moeten (?:lezen|melden|vragen|controleren|boeken|informeren|bellen|doorgeven|laten weten)", "dat is (?:gewoon |simpelweg |echt )?(?:niet waar|onwaar|onjuist|gelogen)",
  "(?:andere|geen andere) gasten (?:hebben )?(?:nooit |niet )?geklaagd", "in tegenstelling tot (?:u|jou)", "(?:uw|jouw|je) (?:eigen )?schuld",
  "u beweert", "je beweert", "uw beschuldigingen", "u heeft nagelaten", "u hebt nagelaten",
]);

export const blamingRule: Rule = (reply) => {
  const flags: GuardrailFlag[] = [];
  for (const m of matchesIn(reply, ARGUING)) {
    // "It was not your fault" is kindness, not blame.
    if (/schuld|fault|faute|culpa|colpa/i.test(m.words) && negatedAt(reply.folded, m.index, 3)) continue;
    flags.push({
      code: "blaming",
      message: "Blames or argues with the guest; acknowledge their experience instead and take the details offline.",
      excerpt: m.words,
      blocking: true,
    });
  }
  return flags;
};
