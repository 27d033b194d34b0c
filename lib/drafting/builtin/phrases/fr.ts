import { frAspects, frDrinks } from "./fr-aspects";
import { frFollowUp } from "./fr-follow-up";
import type { PhraseBank } from "./types";

// Français, vouvoiement. Le signataire parle au « nous » ou au « je » sans accord de genre
// (jamais « je suis ravi·e ») et ne fait jamais accorder un participe avec « vous ».
// Formes : noun = groupe nominal avec article (après « concernant »), team = après « à ».

export const fr: PhraseBank = {
  and: "et",
  inCity: (city) => (/^(le|les)\s/i.test(city) ? null : `à ${city}`),
  greeting: {
    named: ["Bonjour {name},"],
    anonymous: ["Bonjour,", "Madame, Monsieur,"],
  },
  opening: {
    glowing: [
      "Votre enthousiasme nous touche [beaucoup|énormément] : [merci mille fois pour ce bel avis|merci d'avoir pris le temps de le partager].",
      "Lire un avis comme le vôtre est [toujours un bonheur|une vraie récompense pour toute l'équipe] ; merci [du fond du cœur|infiniment].",
      "Toute l'équipe a lu votre avis avec [un immense plaisir|beaucoup d'émotion][ : merci de tout cœur| ; mille mercis] !",
      "Un [immense|grand|très grand] merci pour [votre magnifique avis|votre commentaire si chaleureux|ce superbe avis|votre avis enthousiaste], qui [a ravi toute l'équipe|nous a fait très plaisir|a illuminé notre journée].",
      "Nous sommes [ravis|enchantés|très heureux] que votre séjour [vous ait autant plu|ait été une réussite|se soit si bien passé], et nous vous remercions [chaleureusement|sincèrement|de tout cœur] d'avoir pris le temps de nous le dire.",
      "[Quel plaisir|Quel bonheur|Quelle joie] de lire votre avis ; merci [infiniment de l'avoir partagé|pour ces mots si gentils|d'avoir pris le temps de l'écrire].",
      "Merci [infiniment|mille fois|beaucoup] d'avoir choisi notre hôtel et d'avoir partagé [une expérience aussi positive|un avis aussi enthousiaste] ; [cela nous touche beaucoup|toute l'équipe en est ravie|c'est une belle récompense pour nous].",
      "Votre avis a fait [la joie|le bonheur] de toute l'équipe : merci [du fond du cœur|sincèrement|beaucoup] !",
    ],
    warm: [
      "Un grand merci pour [ce retour positif|vos mots aimables] et pour [votre confiance|avoir choisi notre hôtel].",
      "Nous sommes contents que [tout se soit bien passé|votre séjour vous ait plu], et nous vous remercions [pour votre avis|d'avoir pris le temps de l'écrire].",
      "Merci [beaucoup|sincèrement] pour votre [avis|commentaire] [positif|bienveillant|détaillé] ; nous sommes heureux que votre séjour parmi nous ait été agréable.",
      "Nous vous remercions d'avoir séjourné chez nous et d'avoir pris le temps de [partager vos impressions|rédiger cet avis].",
      "Nous sommes [ravis|heureux] de lire que vous avez apprécié votre séjour, et nous vous remercions pour [ce retour|ces mots aimables].",
      "C'est un plaisir de lire que votre séjour s'est bien passé ; merci pour votre [retour|avis].",
    ],
    mixed: [
      "Votre retour [nuancé|détaillé] nous est précieux : merci d'avoir partagé ce qui vous a plu comme ce qui vous a déçu.",
      "Nous vous remercions pour [cet avis sincère|ce retour franc], qui nous permet de [voir où nous améliorer|progresser].",
      "Merci pour votre avis [sincère|détaillé|honnête], qui nous aide à [progresser|nous améliorer].",
      "Nous vous remercions d'avoir séjourné chez nous et de nous faire part [à la fois de vos satisfactions et de vos déceptions|de vos remarques, positives comme négatives].",
      "Nous apprécions [beaucoup|sincèrement] votre retour [franc|honnête] : il nous montre ce qui fonctionne bien et ce que nous devons améliorer.",
      "Merci d'avoir pris le temps de nous écrire ; je regrette que tout n'ait pas été à la hauteur de vos attentes.",
    ],
    negative: [
      "Nous sommes sincèrement désolés que votre séjour n'ait pas été à la hauteur, et nous vous remercions de nous l'avoir écrit.",
      "Toutes nos excuses pour [ce séjour décevant|les désagréments que vous avez vécus] ; merci d'avoir pris le temps de nous en faire part.",
      "Merci d'avoir pris le temps de nous écrire, et [nous sommes sincèrement désolés|je regrette sincèrement] que votre séjour n'ait pas été à la hauteur de vos attentes.",
      "Nous regrettons [vivement|sincèrement] que votre séjour ait été [si décevant|en dessous de vos attentes], et vous remercions de nous l'avoir signalé.",
      "Je vous prie d'accepter [toutes nos excuses|nos sincères excuses] pour [ce séjour décevant|les désagréments rencontrés] ; merci de nous avoir fait part de votre expérience.",
      "Votre avis a été difficile à lire, et nous sommes vraiment désolés de ne pas avoir été à la hauteur.",
    ],
  },
  ratingOnly: {
    glowing: [
      "Merci [infiniment|beaucoup] pour votre [excellente|superbe] note[, qui fait la joie de toute l'équipe| ; nous sommes ravis que votre séjour vous ait plu].",
      "Toute l'équipe vous remercie [chaleureusement|sincèrement] pour cette [excellente|magnifique] note.",
    ],
    warm: [
      "Merci pour votre [bonne|belle] note ; nous sommes heureux que votre séjour se soit bien passé.",
      "Nous vous remercions d'avoir pris le temps d'évaluer votre séjour.",
    ],
    mixed: [
      "Merci pour votre note ; [n'hésitez pas à nous en dire plus sur ce que nous pourrions améliorer|chaque retour nous aide à progresser].",
      "Nous vous remercions d'avoir évalué votre séjour et prenons votre retour très au sérieux.",
    ],
    negative: [
      "Merci pour votre note, et [nous sommes sincèrement désolés|je regrette sincèrement] que votre séjour n'ait pas été à la hauteur de vos attentes.",
      "Nous regrettons vivement que votre séjour ait été décevant.",
    ],
  },
  generalPraise: [
    "C'est un [vrai|grand] plaisir de savoir que votre séjour s'est si bien passé.",
    "Des [avis|retours] comme le vôtre [sont la plus belle récompense pour notre équipe|rendent notre métier si gratifiant].",
    "Je ne manquerai pas de partager [vos mots|votre avis] avec toute l'équipe.",
  ],
  generalComplaint: [
    "J'ai transmis votre avis à [toute notre équipe|l'ensemble de nos responsables de service] afin que nous puissions [en tirer des leçons|comprendre ce qui n'a pas fonctionné].",
    "Nous prenons chaque remarque au sérieux, et j'ai [partagé la vôtre avec notre équipe|transmis la vôtre à notre équipe].",
  ],
  praise: [
    "Merci d'avoir [souligné|remarqué] {noun} : [c'est un point auquel nous tenons|c'est un point auquel nous sommes très attentifs].",
    "Ce que vous dites concernant {noun} [fait très plaisir à l'équipe|nous encourage beaucoup].",
    "Merci pour vos [compliments|mots aimables|commentaires élogieux] concernant {noun}[ : toute l'équipe sera ravie de les lire| ; ils nous font très plaisir|].",
    "Nous sommes [ravis|heureux|très contents] que {noun} [vous ait plu|ait contribué à la réussite de votre séjour|ait compté parmi les points forts de votre séjour].",
    "Vos compliments concernant {noun} [seront transmis|ont déjà été transmis] à [l'équipe concernée|nos collaborateurs concernés].",
    "C'est un [plaisir|vrai plaisir|bonheur] de lire que vous avez apprécié {noun}.",
  ],
  staffNamed: [
    "Merci d'avoir mentionné {names} : je transmettrai vos compliments personnellement.",
    "Je transmettrai avec plaisir vos mots aimables à {names}.",
    "Vos compliments à l'attention de {names} nous font très plaisir, et je ne manquerai pas de les transmettre.",
  ],
  nextStep: [
    "J'ai transmis vos remarques concernant {noun} à {team}[ afin d'examiner ce qui s'est passé|].",
    "Vos remarques concernant {noun} ont été transmises à {team}, [afin que nous examinions la situation|pour que nous puissions nous pencher sur la question].",
    "J'ai demandé à {team} d'examiner attentivement vos remarques concernant {noun}.",
  ],
  lightComplaint: [
    "Merci également pour votre remarque concernant {noun} ; je l'ai transmise à {team}.",
    "Votre remarque concernant {noun} est bien notée, et je l'ai transmise à {team}.",
    "J'ai transmis votre commentaire concernant {noun} à {team}[ : merci de nous l'avoir signalé| ; ce type de retour nous aide à progresser].",
    "Concernant {noun}, merci pour votre retour sincère, que j'ai transmis à {team}.",
  ],
  question: [
    "Pour répondre à votre question, notre équipe se fera un plaisir de vous aider : n'hésitez pas à contacter directement l'hôtel.",
    "Concernant votre question, [le plus simple est de|je vous invite à] contacter directement l'hôtel ; notre équipe vous répondra avec plaisir.",
  ],
  contact: [
    "Si vous le souhaitez, [n'hésitez pas à contacter directement l'hôtel et à demander à me parler|je vous invite à contacter directement l'hôtel en demandant à me parler], afin que je puisse en savoir plus sur votre séjour.",
    "J'aimerais beaucoup échanger avec vous au sujet de votre séjour ; n'hésitez pas à contacter directement l'hôtel.",
    "Je vous invite à prendre contact directement avec l'hôtel : je souhaiterais comprendre plus précisément ce qui s'est passé.",
  ],
  serious: [
    "Ce que vous décrivez est grave, et [je m'en occupe personnellement|j'examine personnellement la situation] avec les responsables concernés.",
    "Je prends très au sérieux ce que vous décrivez et j'examine personnellement ce qui s'est passé avec l'équipe.",
  ],
  closing: {
    glowing: [
      "Nous espérons vous revoir [très vite|bientôt] {inCity} : à bientôt !",
      "À très bientôt, nous l'espérons, pour [un nouveau séjour|une nouvelle escapade] chez nous !",
      "Nous avons hâte de vous accueillir à nouveau {inCity}[ très bientôt| lors de votre prochain séjour| pour un prochain séjour|] !",
      "À très bientôt, nous l'espérons, pour un nouveau séjour [parmi nous|chez nous] !",
      "Au plaisir de vous accueillir de nouveau [très prochainement|lors de votre prochaine visite|très bientôt][, et d'ici là, prenez soin de vous|].",
      "Nos portes vous sont toujours ouvertes : [au plaisir de vous revoir|à très bientôt, nous l'espérons] !",
      "Toute l'équipe se réjouit [déjà|d'avance] de vous retrouver [bientôt|lors de votre prochain passage] {inCity}.",
      "Nous serions ravis de vous accueillir à nouveau [très bientôt|lors de votre prochain voyage].",
    ],
    warm: [
      "Au plaisir de vous recevoir à nouveau [bientôt|lors d'un prochain séjour].",
      "Nous espérons avoir le plaisir de vous accueillir à nouveau {inCity} [prochainement|bientôt].",
      "Merci encore, et au plaisir de vous revoir [bientôt|lors d'un prochain séjour].",
      "Ce serait un plaisir de vous recevoir de nouveau lors de votre prochaine visite.",
      "Nous serions heureux de vous revoir [bientôt|lors de votre prochain passage] {inCity}.",
    ],
    mixed: [
      "J'espère que nous aurons l'occasion de vous accueillir à nouveau et de vous offrir [le séjour que vous espériez|une expérience à la hauteur de vos attentes].",
      "Merci encore pour votre retour ; nous espérons vous accueillir de nouveau {inCity} [un jour|prochainement].",
      "Nous serions heureux de vous recevoir à nouveau et de faire de votre prochain séjour une expérience [plus réussie|réussie en tout point].",
    ],
    negative: [
      "J'espère sincèrement avoir l'occasion de vous accueillir à nouveau et de vous montrer le meilleur de notre hôtel.",
      "J'espère que vous nous donnerez [une nouvelle chance|l'occasion] de vous offrir le séjour que vous méritiez.",
      "Merci encore pour votre franchise ; j'espère avoir un jour le plaisir de vous accueillir à nouveau.",
      "Votre retour nous aide à progresser, et nous serions heureux de vous accueillir de nouveau à l'avenir.",
    ],
  },
  ...frFollowUp,
  signOff: ["Bien cordialement,", "Cordialement,", "Avec nos salutations les meilleures,", "Chaleureusement,"],
  aspects: frAspects,
  drinks: frDrinks,
};
