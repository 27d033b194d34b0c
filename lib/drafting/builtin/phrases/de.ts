import { deAspects, deDrinks } from "./de-aspects";
import { deFollowUp } from "./de-follow-up";
import type { PhraseBank } from "./types";

// Deutsch, in der Sie-Form, wie ein Gastgeber schreibt: herzlich, konkret, ohne Floskelkaskaden.
// Nach der Anrede geht es klein weiter ("Guten Tag,\n\nvielen Dank ..."), daher beginnt keine
// Eröffnung mit "Sie"/"Ihr" oder einem Substantiv. Aspekte: nom/acc mit Artikel, zu = "zum Frühstück".

export const de: PhraseBank = {
  and: "und",
  inCity: (city) => `in ${city}`,
  lowercaseAfterGreeting:
    /^(?:es|wir|ich|vielen|bitte|schön|schöner|was|leider|herzlichen?|für|unser|unsere[mnrs]?|nochmals|ein|eine[mnrs]?|zu|dass|danke|bis|auf|wunderbar|wenn|von|tausend|mit|jede[mnrs]?|ganz|der|die|das|den|dem|des|so|auch|gerade|besonders|sehr|wie|als|da|hier|nun|gern|gerne|toll|großartig|was für)$/i,
  greeting: {
    named: ["Guten Tag {name},", "Hallo {name},"],
    anonymous: ["Sehr geehrter Gast,", "Guten Tag,", "Hallo,"],
  },
  opening: {
    glowing: [
      "Mit großer Freude haben wir Ihre Bewertung gelesen – [vielen Dank dafür|herzlichen Dank]!",
      "Schöner kann eine Bewertung kaum sein: [vielen Dank|herzlichen Dank] für Ihre [lobenden|freundlichen] Worte!",
      "[Herzlichen|Vielen] Dank für diese [begeisterte|wunderbare] Rückmeldung – [sie hat unser ganzes Team gefreut|darüber freuen wir uns sehr]!",
      "[Vielen herzlichen Dank|Ganz herzlichen Dank|Tausend Dank] für [Ihre wunderbare Bewertung|Ihre so freundlichen Worte|diese tolle Bewertung|Ihr großes Lob][ – darüber hat sich unser ganzes Team sehr gefreut| – das ganze Team hat sich riesig gefreut|].",
      "Wir freuen uns [riesig|sehr|ganz besonders|von Herzen], dass Ihnen Ihr Aufenthalt bei uns so gut gefallen hat[, und danken Ihnen herzlich für Ihre Bewertung| – vielen Dank, dass Sie sich die Zeit für diese Bewertung genommen haben|, und sagen herzlichen Dank für Ihre lobenden Worte].",
      "Was für eine [schöne|wunderbare|herzliche|großartige] Bewertung – [vielen Dank dafür|herzlichen Dank, dass Sie Ihre Eindrücke mit uns teilen|danke, dass Sie sich die Zeit dafür genommen haben]!",
      "Herzlichen Dank, dass Sie [Ihre Eindrücke|Ihre Begeisterung|Ihre Erfahrungen] mit uns teilen; [es freut uns sehr|wir freuen uns sehr|es ist schön zu lesen], dass Sie [eine so schöne Zeit bei uns hatten|sich bei uns so wohlgefühlt haben|Ihren Aufenthalt so genossen haben].",
      "Es ist eine [große|echte|wahre] Freude, Ihre Bewertung zu lesen – [vielen Dank dafür|herzlichen Dank für Ihre lobenden Worte|danke, dass Sie uns davon berichten].",
    ],
    warm: [
      "Danke für Ihre [nette|freundliche] Bewertung und dafür, dass Sie sich für unser Haus entschieden haben.",
      "Schön, dass [alles so gut geklappt hat|Ihr Aufenthalt so angenehm war] – vielen Dank für Ihre Bewertung.",
      "Vielen Dank für Ihre [freundliche|positive|nette] Bewertung[ – es freut uns, dass Sie einen angenehmen Aufenthalt bei uns hatten|; schön, dass es Ihnen bei uns gefallen hat].",
      "Herzlichen Dank, dass Sie [bei uns übernachtet haben|unser Gast waren] und sich die Zeit für [diese Bewertung|Ihr Feedback] genommen haben.",
      "Wir freuen uns, dass Sie Ihren Aufenthalt [genießen konnten|bei uns genossen haben], und danken Ihnen für [Ihre Rückmeldung|Ihre freundlichen Worte].",
      "Es freut uns [sehr|zu lesen], dass Sie [sich bei uns wohlgefühlt haben|eine schöne Zeit bei uns hatten] – [vielen Dank für Ihre Bewertung|danke, dass Sie uns davon berichten].",
    ],
    mixed: [
      "Danke für Ihre [ausgewogene|ausführliche] Rückmeldung zu allem, was Ihnen gefallen hat, und zu dem, was besser sein könnte.",
      "Vielen Dank für Ihre [ehrliche|ausführliche|offene] Bewertung[, die uns hilft, besser zu werden|; wir haben sie aufmerksam gelesen].",
      "Herzlichen Dank, dass Sie [bei uns zu Gast waren|unser Gast waren] und uns sowohl Lob als auch Kritik mitteilen.",
      "Wir schätzen Ihre [offene|ehrliche] Rückmeldung sehr – sie zeigt uns, was uns gut gelingt und wo wir uns verbessern müssen.",
      "Danke, dass Sie sich die Zeit für [Ihre Bewertung|Ihr Feedback] genommen haben; [es tut mir leid|ich bedauere], dass nicht alles Ihren Erwartungen entsprochen hat.",
    ],
    negative: [
      "Es tut uns aufrichtig leid, dass Ihr Aufenthalt nicht unseren Ansprüchen entsprochen hat; danke, dass Sie uns das geschrieben haben.",
      "Vielen Dank für Ihre Rückmeldung, und [es tut mir aufrichtig leid|ich bedauere sehr|bitte entschuldigen Sie], dass Ihr Aufenthalt [nicht Ihren Erwartungen entsprochen hat|so enttäuschend war].",
      "Es tut mir [sehr|aufrichtig|wirklich] leid zu lesen, dass Sie [mit Ihrem Aufenthalt nicht zufrieden waren|von Ihrem Aufenthalt enttäuscht waren], und ich danke Ihnen, dass Sie uns davon berichten.",
      "Bitte entschuldigen Sie, dass wir Ihren Erwartungen [nicht gerecht geworden sind|nicht entsprochen haben]; danke, dass Sie sich die Zeit für Ihre Rückmeldung genommen haben.",
      "Wir bedauern [sehr|aufrichtig], dass Ihr Aufenthalt [nicht so verlaufen ist, wie Sie es sich gewünscht haben|enttäuschend war], und danken Ihnen für Ihre offenen Worte.",
    ],
  },
  ratingOnly: {
    glowing: [
      "Vielen Dank für Ihre [hervorragende|großartige|tolle] Bewertung[ – darüber freut sich unser ganzes Team sehr|; wir freuen uns, dass Sie Ihren Aufenthalt genossen haben].",
      "Wir freuen uns [sehr|riesig] über Ihre [Top-Bewertung|ausgezeichnete Bewertung] und danken Ihnen herzlich dafür.",
    ],
    warm: [
      "Vielen Dank für Ihre [freundliche|gute] Bewertung – schön, dass Sie sich bei uns wohlgefühlt haben.",
      "Herzlichen Dank, dass Sie Ihren Aufenthalt bewertet haben; wir freuen uns, dass es Ihnen bei uns gefallen hat.",
    ],
    mixed: [
      "Vielen Dank für Ihre Bewertung[; gern würden wir mehr darüber erfahren, was wir besser machen können| – jede Rückmeldung hilft uns, besser zu werden].",
      "Danke, dass Sie Ihren Aufenthalt bewertet haben; wir nehmen Ihre Rückmeldung ernst.",
    ],
    negative: [
      "Vielen Dank für Ihre Bewertung, und es tut mir [sehr|aufrichtig] leid, dass Ihr Aufenthalt nicht Ihren Erwartungen entsprochen hat.",
      "Es tut mir sehr leid, dass Sie mit Ihrem Aufenthalt nicht zufrieden waren.",
    ],
  },
  generalPraise: [
    "Es ist [schön|wunderbar] zu wissen, dass Sie sich bei uns [wie zu Hause|rundum wohl] gefühlt haben.",
    "[Worte wie Ihre|Rückmeldungen wie Ihre] [machen unsere Arbeit so besonders|sind für unser Team die schönste Bestätigung].",
    "Ich werde Ihre [freundlichen Worte|Bewertung] gern an das gesamte Team weitergeben.",
  ],
  generalComplaint: [
    "Ich habe Ihre Rückmeldung an [unser gesamtes Team|die Leitungen aller Abteilungen] weitergegeben, damit wir [daraus lernen können|genau prüfen können, was schiefgelaufen ist].",
    "Jede Kritik hilft uns weiter, und ich habe Ihre Anmerkungen [mit unserem Team besprochen|an die zuständigen Abteilungen weitergegeben].",
  ],
  praise: [
    "Vielen Dank für Ihr [Lob für {acc}|freundliches Lob für {acc}|schönes Feedback {zu}][ – das freut das ganze Team sehr| – darüber freuen wir uns sehr|].",
    "Es freut mich [sehr|besonders|wirklich], dass Ihnen {nom} [so gut|ganz besonders] gefallen hat.",
    "Ihre [freundlichen|lobenden|netten] Worte {zu} gebe ich gern an [das zuständige Team|die Kolleginnen und Kollegen|alle Beteiligten] weiter.",
    "Schön, dass {nom} [zu Ihrem gelungenen Aufenthalt beigetragen hat|ein Höhepunkt Ihres Aufenthalts war|Ihren Aufenthalt bereichert hat].",
  ],
  staffNamed: [
    "Vielen Dank, dass Sie {names} namentlich erwähnen – ich gebe Ihr Lob [gern|sehr gern] persönlich weiter.",
    "Ich gebe Ihre freundlichen Worte sehr gern an {names} weiter.",
    "Ihr Lob für {names} freut mich ganz besonders, und ich werde es [gern|selbstverständlich] weitergeben.",
  ],
  nextStep: [
    "Ihre Anmerkungen {zu} habe ich an {team} weitergegeben[, damit wir der Sache nachgehen können|].",
    "Ich habe Ihre Hinweise {zu} bereits an {team} weitergeleitet, [damit wir dem genau nachgehen können|um zu prüfen, wie es dazu kommen konnte].",
    "Ich habe {team} gebeten, sich Ihre Anmerkungen {zu} genau anzusehen.",
  ],
  lightComplaint: [
    "Vielen Dank auch für Ihren Hinweis {zu}; ich habe ihn an {team} weitergegeben.",
    "Ihre Anmerkung {zu} nehmen wir gern auf und haben sie an {team} weitergeleitet.",
    "Ihren Hinweis {zu} habe ich an {team} weitergegeben[ – danke, dass Sie uns darauf aufmerksam gemacht haben|; solche Rückmeldungen helfen uns, noch besser zu werden].",
    "Was {acc} betrifft, danke ich Ihnen für die offene Rückmeldung, die ich an {team} weitergegeben habe.",
  ],
  question: [
    "Was Ihre Frage betrifft, [hilft Ihnen unser Team gern weiter|helfen wir Ihnen gern weiter] – wenden Sie sich dazu einfach direkt an das Hotel.",
    "Zu Ihrer Frage: Bitte wenden Sie sich direkt an das Hotel, unser Team hilft Ihnen gern weiter.",
  ],
  contact: [
    "Wenn Sie möchten, [wenden Sie sich bitte direkt an das Hotel und fragen Sie nach mir|melden Sie sich gern direkt im Hotel bei mir], damit ich mehr über Ihren Aufenthalt erfahren kann.",
    "Ich würde mich freuen, persönlich mit Ihnen über Ihren Aufenthalt zu sprechen; bitte wenden Sie sich dazu direkt an das Hotel.",
    "Bitte zögern Sie nicht, sich direkt an das Hotel zu wenden – ich würde gern mehr darüber erfahren, was vorgefallen ist.",
  ],
  serious: [
    "Was Sie schildern, ist ernst, und ich gehe dem persönlich mit den zuständigen Verantwortlichen nach.",
    "Ich nehme Ihre Schilderung sehr ernst und kläre persönlich mit dem Team, was geschehen ist.",
  ],
  closing: {
    glowing: [
      "Bis hoffentlich bald {inCity} – wir freuen uns auf Sie!",
      "Wir freuen uns darauf, Sie [bald|schon bald|bei Ihrem nächsten Besuch|hoffentlich bald] wieder {inCity} begrüßen zu dürfen.",
      "Bis zum nächsten Mal – [wir freuen uns|das ganze Team freut sich|wir alle freuen uns] [schon jetzt|sehr] auf Ihren nächsten Besuch!",
      "Wir hoffen, Sie [recht bald|bald wieder|auf Ihrer nächsten Reise] bei uns begrüßen zu dürfen[, und wünschen Ihnen bis dahin alles Gute|].",
      "Unsere Türen stehen Ihnen jederzeit offen – wir freuen uns auf ein [Wiedersehen|baldiges Wiedersehen]!",
      "Es wäre uns eine [große|echte] Freude, Sie [bald|schon bald] wieder bei uns [begrüßen zu dürfen|willkommen zu heißen].",
      "Auf ein baldiges Wiedersehen {inCity} – [bis dahin alles Gute|bis dahin eine gute Zeit]!",
    ],
    warm: [
      "Wir hoffen, Sie [bald|schon bald] wieder {inCity} begrüßen zu dürfen.",
      "Nochmals vielen Dank, und wir würden uns freuen, Sie [wieder|bald wieder] bei uns begrüßen zu dürfen.",
      "Es wäre uns eine Freude, Sie bei Ihrem nächsten Besuch wieder bei uns zu begrüßen.",
      "Wir würden uns [sehr|riesig] freuen, Sie [bald|schon bald|bei Ihrem nächsten Aufenthalt] wieder bei uns zu sehen.",
    ],
    mixed: [
      "Ich hoffe, wir haben die Gelegenheit, Sie wieder bei uns zu begrüßen und Ihnen [einen rundum gelungenen Aufenthalt|den Aufenthalt, den Sie sich gewünscht haben,] zu bieten.",
      "Nochmals danke für Ihre Rückmeldung; wir hoffen, Sie [eines Tages|künftig] wieder {inCity} begrüßen zu dürfen.",
      "Wir würden uns freuen, Sie wieder bei uns zu haben und Ihren nächsten Aufenthalt [zu einem besseren Erlebnis zu machen|noch angenehmer zu gestalten].",
    ],
    negative: [
      "Ich hoffe, Sie geben uns [noch eine Chance|eine weitere Gelegenheit], Ihnen den Aufenthalt zu bieten, den Sie verdient hätten.",
      "Nochmals vielen Dank für Ihre offenen Worte; ich hoffe, Sie eines Tages wieder bei uns begrüßen zu dürfen.",
      "Ihre Rückmeldung hilft uns, besser zu werden, und ich würde mich freuen, Sie künftig wieder bei uns willkommen zu heißen.",
    ],
  },
  ...deFollowUp,
  signOff: ["Herzliche Grüße", "Mit freundlichen Grüßen", "Beste Grüße", "Freundliche Grüße"],
  aspects: deAspects,
  drinks: deDrinks,
};
