import { enAspects, enDrinks } from "./en-aspects";
import { enFollowUp } from "./en-follow-up";
import type { PhraseBank } from "./types";

// English, as a hotel manager would write it: warm, specific, never grovelling; British spelling.

export const en: PhraseBank = {
  and: "and",
  inCity: (city) => `in ${city}`,
  greeting: {
    named: ["Dear {name},", "Hello {name},", "Dear {name},"],
    anonymous: ["Dear Guest,", "Hello,", "Dear valued guest,"],
  },
  opening: {
    glowing: [
      "[Thank you so much|Many thanks|A heartfelt thank you] for [your wonderful review|such a lovely review|your generous words], [and we are thrilled you enjoyed your stay so much|which made the whole team's day|which truly made our day].",
      "What a [joy|pleasure|treat] to read your review[ — thank you so much for sharing it|; thank you for such kind words|; thank you for taking the time to write it].",
      "We are [thrilled|delighted|so pleased] [that you enjoyed your stay with us|to hear how much you enjoyed your stay|that your stay was such a success], and [thank you for taking the time to tell us|we are grateful you took the time to share it|your kind words mean a great deal to the whole team].",
      "Your [lovely|kind|wonderful] review [put a smile on all our faces|made the whole team's day|was a real pleasure to read] — thank you [so much|sincerely|for sharing it].",
      "Thank you for [choosing us for your stay|staying with us] and for [such a glowing review|sharing such kind feedback|this wonderful review]; [it means a great deal to us|we could not be happier to read it|it is lovely to know your stay was so special].",
    ],
    warm: [
      "Thank you [for your kind review|for taking the time to review your stay|for your thoughtful feedback][ — we are so glad you enjoyed your time with us|, and we are glad your stay was a pleasant one|; it is good to know you enjoyed your stay].",
      "[Many thanks|Thank you very much] for [staying with us|choosing us] and for [sharing your impressions|your kind words|this thoughtful review].",
      "We are [pleased|glad|happy] to read that you [enjoyed your stay|had a pleasant stay with us|had a good time with us], and [thank you for taking the time to write|we appreciate you taking the time to share it].",
      "It is [good|lovely|a pleasure] to hear that you enjoyed your stay[, and thank you for your review| — thank you for letting us know|; thank you for the kind words].",
    ],
    mixed: [
      "Thank you for [your review|your honest feedback|taking the time to share your experience], which [helps us improve|we have read carefully|is genuinely useful to us].",
      "[Many thanks|Thank you] for [staying with us|choosing our hotel] and for [your balanced review|sharing both what you enjoyed and what fell short|your detailed feedback].",
      "We [appreciate|value] [your honest review|the time you took to write your review|your candid feedback] — [it shows us both what we are doing well and where we need to improve|both the praise and the criticism help us improve].",
      "Thank you for taking the time to write to us; [I am sorry|I regret] that not everything met your expectations.",
    ],
    negative: [
      "Thank you for [taking the time to write to us|your honest review|sharing your experience], and [I am truly sorry|I am very sorry|I sincerely apologise] that your stay [did not meet your expectations|fell short of what you rightly expected|was such a disappointment].",
      "I am [very|truly|so] sorry to read that your stay [did not live up to your expectations|was not what you had hoped for|left you disappointed], and [thank you for letting us know|I appreciate you taking the time to tell us].",
      "[Please accept my sincere apologies|I apologise sincerely] for [a stay that did not meet the standards you expected|falling short during your stay]; [thank you for taking the time to share your experience|your feedback matters to us].",
      "Your review was [hard|difficult] to read, and I am [truly|very|deeply] sorry that we let you down[| during your stay].",
    ],
  },
  ratingOnly: {
    glowing: [
      "Thank you [so much|very much] for your [excellent|wonderful|generous] rating[ — it means a lot to our whole team|; we are delighted you enjoyed your stay|, which made our day].",
      "[We are thrilled|It is wonderful|We are delighted] to see your [rating|top rating], and we [thank you for it|are grateful you took a moment to share it].",
    ],
    warm: [
      "Thank you for [your kind rating|rating your stay|taking a moment to rate your stay][ — we are glad you enjoyed your time with us|; it is good to know your stay was a pleasant one].",
      "[Many thanks|Thank you] for your rating; we are [glad|pleased] you enjoyed your stay with us.",
    ],
    mixed: [
      "Thank you for [rating your stay|your rating|taking the time to rate us]; [we would love to hear more about what we could have done better|every piece of feedback helps us improve].",
      "Thank you for your rating, which we take seriously as we keep working to improve.",
    ],
    negative: [
      "Thank you for your rating, and [I am truly sorry|I sincerely apologise] that your stay [was disappointing|did not meet your expectations].",
      "I am [very|truly] sorry that your stay was not what you had hoped for, and thank you for letting us know.",
    ],
  },
  generalPraise: [
    "It is [wonderful|lovely|so good] to know that you [felt at home with us|enjoyed every part of your stay|had such a pleasant time here].",
    "[Reviews like yours|Kind words like these] [are what our team works for|make our team's work so rewarding|remind us why we love what we do].",
    "I will make sure [the whole team|everyone on our team] [sees|reads] your [kind words|review].",
  ],
  generalComplaint: [
    "[I have shared your review with|Your feedback has been passed on to] [our whole team|the heads of each department|our management team] so that we can [learn from it|look closely at what went wrong|understand where we fell short].",
    "We take every comment seriously, and [I have shared yours with|I have discussed yours with] [our team|the departments concerned].",
  ],
  praise: [
    "Thank you [for your kind words about|for the lovely compliment on|for highlighting] {noun}[ — the team will be delighted to hear it|; it means a lot to us|].",
    "I am [so pleased|delighted|really glad] that {noun} [made such a good impression|stood out for you|was a highlight of your stay|added to your stay].",
    "It is [great|lovely|wonderful] to hear that you [appreciated|valued] {noun}[ so much|].",
    "Your [kind words|compliments] about {noun} [will be passed on to|have already been shared with] the colleagues [responsible|who look after it every day].",
  ],
  staffNamed: [
    "Thank you for mentioning {names} by name; I will [pass your kind words on personally|make sure your compliments reach them].",
    "I will [personally share|make sure to share] your kind words with {names}[ — it will mean a great deal|].",
    "{names} will be [delighted|so pleased] to hear your [kind words|compliments]; thank you for [taking the time to mention them|recognising their work].",
    "It is [wonderful|lovely] to hear that {names} [made such a difference to your stay|looked after you so well], and I will [pass on your thanks|share your review with them].",
  ],
  nextStep: [
    "I have shared your comments about {noun} with {team}[ so that we can look into them|, who will look into them carefully|].",
    "[Your feedback on {noun} has been passed on to|I have passed your feedback on {noun} to] {team} [so they can look into it|to review what happened].",
    "I have asked {team} to look into [your comments about|what you told us about] {noun}.",
  ],
  lightComplaint: [
    "Thank you also for your note about {noun}; I have shared it with {team}.",
    "[Your remark|Your comment] about {noun} is [well noted|appreciated], and I have passed it on to {team}.",
    "I have passed your comment about {noun} on to {team}[ — thank you for letting us know|; feedback like this helps us improve].",
    "As for {noun}, thank you for the honest feedback, which I have shared with {team}.",
  ],
  question: [
    "As for your question, [our team will be happy to help|we will gladly help]: [please get in touch with the hotel directly|do contact the hotel directly] and we will take care of it.",
    "[Regarding|About] your question, please [contact|get in touch with] the hotel directly and [our team|we] will [gladly help|be happy to assist].",
  ],
  contact: [
    "If you are willing, [please contact me directly through the hotel|I would welcome the chance to speak with you directly] so that I can [learn more about your stay|understand what happened in more detail].",
    "I would [appreciate|welcome] the opportunity to discuss your stay [personally|in more detail]; please [get in touch with|contact] the hotel directly and ask for me.",
    "[Please do not hesitate to|Please feel free to] contact the hotel directly[ and ask for me|]; I would [like|be grateful for the chance] to hear more about your experience.",
  ],
  serious: [
    "What you describe is serious, and I am [looking into it personally|personally reviewing what happened] with the managers concerned.",
    "I take what you describe very seriously and have [asked the managers concerned to look into it with me|started looking into it personally with the team].",
  ],
  closing: {
    glowing: [
      "We [look forward to|hope to have the pleasure of|would be delighted to be] welcoming you back {inCity} [soon|before long|on your next visit|on your next trip].",
      "We would love to welcome you back {inCity} [soon|on your next trip|before long|whenever you return].",
      "[Until next time|Until we meet again|Until your next visit] — [we|the whole team|all of us here] cannot wait to [welcome you back|see you again]!",
      "Thank you again, and we hope to [see you|welcome you] again [very soon|on your next visit|before long].",
      "[Our door is always open|You are always welcome here], and we hope to see you again [soon|before long|on your next trip].",
      "We hope your travels bring you back to us [soon|before long|again soon][ — until then, all the best|; until then, take care|].",
    ],
    warm: [
      "We hope to welcome you back {inCity} [soon|before long|on your next visit].",
      "Thank you again for [staying with us|choosing us], and we hope to [see you again|welcome you back] [soon|in the future].",
      "It would be a pleasure to welcome you again on your next visit.",
      "[We hope|I hope] to have the pleasure of welcoming you again [soon|before long].",
      "Until your next visit, warm wishes from [all of us|the whole team] {inCity}.",
    ],
    mixed: [
      "I hope we [will have|have] the chance to welcome you back and [offer you the stay you were hoping for|show you a better experience].",
      "Thank you again for your feedback; we hope to welcome you back {inCity} [one day|in the future].",
      "We would be glad to have you with us again[ and to make your next stay a better one|, and we hope your next visit will be a much better experience].",
    ],
    negative: [
      "I hope you will [give us another chance|consider staying with us again] so that we can show you the stay you should have had.",
      "Thank you again for [your feedback|telling us about your experience], and [I hope we may|I hope to have the chance to] welcome you back one day.",
      "Your feedback [will help us improve|helps us do better], and I would like to [welcome you back|have the chance to welcome you again] in the future.",
    ],
  },
  ...enFollowUp,
  signOff: ["Kind regards,", "Warm regards,", "Best regards,", "With best wishes,"],
  aspects: enAspects,
  drinks: enDrinks,
};
