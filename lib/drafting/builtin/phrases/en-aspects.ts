import type { AspectPhrases, PhraseBank } from "./types";

// What the English bank says about each aspect: its name in the generic templates, who follows up a
// complaint, specific thanks and specific apologies.

export const enAspects: PhraseBank["aspects"] = {
  room: {
    forms: { noun: "your room", team: "our housekeeping and maintenance teams" },
    asked: { noun: "our rooms" },
    praise: [
      "[A comfortable room|A room that feels like home] makes all the difference, so thank you for your kind words about yours.",
      "I am [so glad|delighted] you [felt at home in|enjoyed] your room.",
      "It is [lovely|great] to hear that your room [suited you so well|was just what you needed]."],
    complaint: [
      "I am sorry your room [did not live up to|fell short of] your expectations.",
      "I apologise that your room was not [as comfortable as|what] it should have been.",
      "Please accept my apologies: your room was not up to the standard you should expect.",
      "I regret that your room did not make your stay as comfortable as it should have been."],
  },
  cleanliness: {
    forms: { noun: "cleanliness", team: "our housekeeping team" },
    praised: { noun: "the cleanliness" },
    praise: [
      "[Cleanliness|A spotless room] is something we never compromise on, so [thank you for noticing|I am delighted it showed].",
      "Our housekeeping team takes great pride in their work, so your comments on the cleanliness [mean a lot|will make them very happy].",
      "I am [pleased|glad] you [noticed|appreciated] how [clean|spotless] everything was[ — I will pass this on to our housekeepers|]."],
    complaint: [
      "I sincerely apologise that the cleanliness [fell short of|did not meet] [our standards|the standard you should expect].",
      "I am [very|truly] sorry that your room was not as clean as it should have been.",
      "Please accept my apologies: a room should always be spotless, and yours was not.",
      "I regret that our housekeeping fell short during your stay."],
  },
  bathroom: {
    forms: { noun: "the bathroom", team: "our housekeeping and maintenance teams" },
    praise: [
      "I am glad the bathroom [was to your liking|met your expectations]; [details like these|small comforts like that] [matter a great deal to us|make a real difference].",
      "Thank you for noticing the bathroom[ — our housekeepers will be pleased|]."],
    complaint: [
      "I am sorry the bathroom was not in the condition [you should expect|it should have been].",
      "I apologise for the problems you had with the bathroom.",
      "Please accept my apologies for the state of the bathroom.",
      "I regret that the bathroom let your stay down."],
  },
  bed: {
    forms: { noun: "the bed", team: "our housekeeping team" },
    praise: [
      "I am [pleased|happy] to hear you [found the bed so comfortable|had such restful nights].",
      "[Nothing matters more than a good night's sleep|A restful night is what we wish for every guest], so I am [happy|delighted] you found the bed so comfortable.",
      "It is [great|good] to hear you slept so well."],
    complaint: [
      "I am sorry you did not sleep as well as you should have.",
      "I apologise that the bed was not as comfortable as it should have been.",
      "Please accept my apologies for the restless nights you had.",
      "I regret that the bed kept you from sleeping well."],
  },
  staff: {
    forms: { noun: "the service you received", team: "our department heads" },
    praised: { noun: "our team" },
    praise: [
      "I will [share your kind words with|pass your kind words on to] [the whole team|everyone on the team|all my colleagues][ — they will be delighted|; they work hard to make every guest feel welcome|, and I know it will make their day].",
      "Our team [works hard|does its best|goes the extra mile] to make every guest feel [welcome|at home|looked after], so [thank you for noticing|your compliments mean a great deal to them|it is lovely to read this].",
      "It means a lot to hear that our team [looked after you so well|made you feel so welcome|made your stay so special][ — I will make sure they hear about it|; I will pass your words on to everyone|].",
      "[Warm|Kind|Generous] words about our team are the best feedback we can receive[, and I will pass yours on with pleasure| — thank you|; thank you for sharing them]."],
    complaint: [
      "I am [truly|very] sorry that our team did not give you the [welcome|service] you deserved.",
      "I apologise that the service you received fell short of [what we expect of ourselves|our standards].",
      "Please accept my apologies; the service you received is not what we stand for.",
      "I regret that our team did not look after you as they should have."],
  },
  breakfast: {
    forms: { noun: "breakfast", team: "our breakfast team" },
    praised: { noun: "our breakfast" },
    praise: [
      "I am [so pleased|glad|delighted] you enjoyed our breakfast[ — I will let the breakfast team know|; a good start to the day makes all the difference|, and I will pass your compliments to the team].",
      "[A good breakfast|Starting the day well|A relaxed breakfast] sets the tone for the whole day, so [we are glad|it is lovely to hear|I am delighted] ours [was a highlight for you|hit the spot|was to your taste].",
      "[Thank you for your kind words about|Many thanks for the compliments on] breakfast[ — our breakfast team will be delighted|; it is a part of the stay we care about a great deal|].",
      "It is [wonderful|great|lovely] to hear that breakfast was [such a good start to your day|one of the highlights of your stay|so enjoyable]."],
    complaint: [
      "I am sorry our breakfast [disappointed you|did not meet your expectations].",
      "I apologise that breakfast was not up to the standard you should expect.",
      "Please accept my apologies for a breakfast that fell short.",
      "I regret that breakfast did not give you a better start to the day."],
  },
  food: {
    forms: { noun: "the food", team: "our kitchen team" },
    praise: [
      "It is [a real pleasure|lovely] to hear that you enjoyed [dining with us|our cuisine][ — I will share your compliments with the kitchen|].",
      "Thank you for your compliments on our food; I will [pass them on to|share them with] [our chefs|our kitchen team].",
      "I am [delighted|so glad] you enjoyed [the food|your meals with us][ — our kitchen team will be thrilled|]."],
    complaint: [
      "I am sorry the food did not meet your expectations.",
      "I apologise that your meals with us were disappointing.",
      "Please accept my apologies for the food; it should have been far better.",
      "I regret that your meals with us did not live up to your expectations."],
  },
  location: {
    forms: { noun: "our location", team: "our front desk team" },
    praise: [
      "[Being|Staying] [so central|so well connected] makes a stay easier, and I am glad our location [worked in your favour|made your days so convenient].",
      "I am [glad|happy] our location made it so easy to get around {inCity}.",
      "We are [lucky|proud] to be [so well placed|in such a convenient spot], and I am glad it worked so well for you.",
      "It is great to hear that our location suited your plans."],
    complaint: [
      "I understand our location was not ideal for your plans, and I am sorry it made your stay less convenient.",
      "I am sorry the location did not suit your plans as well as you had hoped.",
      "I regret that our location made your plans harder than you had hoped."],
  },
  noise: {
    forms: { noun: "the noise", team: "our maintenance team" },
    praised: { noun: "the peace and quiet" },
    praise: [
      "I am glad you [had such restful nights|slept so peacefully] with us.",
      "A quiet night makes all the difference, so I am [happy|glad] you found the hotel so peaceful.",
      "It is [lovely|good] to hear you enjoyed the peace and quiet[ during your stay|]."],
    complaint: [
      "I am [very|truly] sorry the noise disturbed your rest.",
      "I apologise that you did not get the quiet night you deserved.",
      "Please accept my apologies for the disturbed night.",
      "I regret that the noise kept you from resting properly."],
  },
  value: {
    forms: { noun: "value for money", team: "our management team" },
    praised: { noun: "the value for money" },
    praise: [
      "Knowing that you felt the stay was worth it means a lot to us.",
      "I am glad you felt your stay offered good value[ — that matters a great deal to us|].",
      "It is [good|great] to know you found the stay worth it."],
    complaint: [
      "I am sorry you felt your stay did not offer good value.",
      "I understand your disappointment about the value of your stay, and I am sorry we fell short.",
      "I regret that your stay did not feel worth the price.",
      "Please accept my apologies: your stay should have felt like good value, and it did not."],
  },
  "check-in": {
    forms: { noun: "check-in", team: "our front office team" },
    praised: { noun: "the welcome at check-in" },
    praise: [
      "[A warm welcome|A smooth arrival] sets the tone for a stay, so I am glad check-in went so well.",
      "I am pleased [your arrival|check-in] was [so smooth|quick and easy]."],
    complaint: [
      "I apologise that your arrival was not as smooth as it should have been.",
      "I am sorry that check-in [took longer than it should have|did not go smoothly].",
      "Please accept my apologies for an arrival that got your stay off to a poor start.",
      "I regret that check-in was not the smooth welcome it should be."],
  },
  wifi: {
    forms: { noun: "the Wi-Fi", team: "our technical team" },
    praise: [
      "Good to hear the Wi-Fi kept you [well connected|connected throughout your stay].",
      "I am glad the Wi-Fi worked well for you."],
    complaint: [
      "I am sorry the Wi-Fi let you down[ during your stay|].",
      "I apologise for the trouble you had with the Wi-Fi.",
      "Please accept my apologies for the unreliable Wi-Fi.",
      "I regret that you could not rely on the Wi-Fi during your stay."],
  },
  parking: {
    forms: { noun: "parking", team: "our front desk team" },
    praised: { noun: "the parking" },
    praise: [
      "I am glad parking was [easy|convenient] for you[ — it makes arriving so much simpler|].",
      "It is good to know the parking worked well for you."],
    complaint: [
      "I am sorry parking [was difficult|caused you trouble].",
      "I apologise for the inconvenience with parking.",
      "I regret that parking made your arrival more complicated than it should have been.",
      "Please accept my apologies for the difficulties you had with parking."],
  },
  "pool-spa": {
    forms: { noun: "our leisure facilities", team: "our leisure team" },
    praise: [
      "I am [so pleased|delighted] you [found time to relax in|enjoyed] our leisure facilities.",
      "Time to unwind is part of a good stay, so I am glad you enjoyed our facilities."],
    complaint: [
      "I am sorry our leisure facilities did not meet your expectations.",
      "I apologise that our facilities were not what you had hoped for.",
      "I regret that our leisure facilities did not give you the time to unwind you were hoping for."],
  },
  "air-conditioning": {
    forms: { noun: "the air conditioning", team: "our maintenance team" },
    praise: [
      "I am glad the air conditioning kept you comfortable.",
      "It is good to hear your room stayed at a comfortable temperature."],
    complaint: [
      "I am sorry the air conditioning did not keep your room comfortable.",
      "I apologise that the temperature in your room was not right.",
      "Please accept my apologies for the uncomfortable temperature in your room.",
      "I regret that the air conditioning let you down."],
  },
  smell: {
    forms: { noun: "the smell in your room", team: "our housekeeping team" },
    praised: { noun: "the fresh feel of the rooms" },
    praise: [
      "I am glad everything felt [so fresh|fresh and clean] during your stay.",
      "It is lovely to hear that the rooms smelled [so fresh|clean and fresh]."],
    complaint: [
      "I am [very|truly] sorry about the [unpleasant smell|odour] in your room.",
      "I apologise for the smell you noticed; that is not how a room should [greet you|feel on arrival].",
      "Please accept my apologies; a room should always smell fresh, and yours did not."],
  },
  view: {
    forms: { noun: "the view", team: "our reservations team" },
    praise: [
      "Few things beat [waking up to|coming back to] that view, and I am glad you [enjoyed it as much as we do|made the most of it].",
      "The view is something we never tire of either, so I am glad you enjoyed it.",
      "I am [delighted|so glad] the view [added something special to your stay|made your stay even more memorable]."],
    complaint: [
      "I am sorry the view was a disappointment.",
      "I understand the view was not what you had hoped for, and I am sorry about that.",
      "I regret that the view did not add to your stay as you had hoped."],
  },
  facilities: {
    forms: { noun: "the building and its public areas", team: "our management team" },
    praise: [
      "I am [so glad|delighted] you enjoyed the building and its public areas[ — we put a great deal of care into them|].",
      "[Our public areas|The spaces around the hotel] are [a real source of pride for us|close to our hearts], so thank you for your kind words about them."],
    complaint: [
      "I am sorry the building and its public areas did not live up to your expectations.",
      "I apologise that our public areas fell short of what you should expect.",
      "Please accept my apologies for the state of our public areas."],
  },
  billing: {
    forms: { noun: "your booking and bill", team: "our reservations and accounts team" },
    praise: [
      "I am glad your booking and billing went [smoothly|without a hitch].",
      "It is good to hear that everything about your booking was clear and simple."],
    complaint: [
      "I am sorry for the trouble with your booking and bill; both should always be clear and correct.",
      "I apologise for the confusion over your bill[ and your booking|].",
      "Please accept my apologies for the mix-up with your bill.",
      "I regret the trouble you had with your booking and bill."],
  },
};

/** Praise or criticism filed under food that is about drinks (cocktails, wine, coffee); never names a bar the hotel may not have. */
export const enDrinks: AspectPhrases = {
  forms: { noun: "the drinks", team: "our service team" },
  praised: { noun: "our drinks" },
  praise: [
    "I am [so glad|pleased] you enjoyed the drinks[ — I will pass your compliments on to the team who prepared them|].",
    "Thank you for your kind words about our drinks; [the colleagues who prepare and serve them|our service team] will be very pleased to hear it.",
    "It is [lovely|great] to hear that [a good drink|the drinks] added to your stay[ with us|].",
  ],
  complaint: [
    "I am sorry the drinks did not meet your expectations.",
    "I apologise that the drinks we served you were disappointing.",
    "Please accept my apologies for the drinks; they should have been much better.",
  ],
};
