import type { PhraseBank } from "./types";

// What happens next after a complaint, by kind; questions; informal greetings. {noun} is the aspect's
// name from en-aspects.ts; each next step names the team that really deals with that kind of problem.

export const enFollowUp: Pick<PhraseBank, "nextStepFor" | "questionAbout" | "answer" | "informal"> = {
  nextStepFor: {
    size: [
      "I have [shared|passed] your comments on the size of the room [with|on to] our reservations team, so that our room descriptions [set the right expectations|make clear what to expect].",
      "[Room size matters|The size of a room matters], and your [remarks|comments] have [gone to|been shared with] our reservations team so that [guests know exactly what they are booking|our room categories are described more clearly].",
      "Your remarks about the size of the room have gone to our reservations team[, who will make sure each room category is described clearly|; they help us describe our rooms more accurately].",
    ],
    dirty: [
      "I have passed your comments about {noun} to our housekeeping manager, who is [reviewing|going over] [our cleaning checks|the cleaning routine] with the team.",
      "Our housekeeping manager has your feedback on {noun} and will [go over|review] [the inspection of every room before arrival|our room checks before each arrival] with the team.",
      "[I have asked our housekeeping manager to look|I have made sure our housekeeping manager looks] into {noun} with the team, [and rooms are checked again before each arrival|so that it does not happen again].",
    ],
    broken: [
      "I have reported the problem with {noun} to our maintenance team so that it is [checked and repaired|looked at and put right|fixed without delay].",
      "Our maintenance team has been asked to check {noun} [and fix what was not working|so that it works as it should|and repair it properly].",
      "[Your report has gone|I have passed your report] to our maintenance team, [who will check {noun} and put it right|and {noun} is being checked and repaired].",
    ],
    noise: [
      "I have asked our maintenance team to look at [the soundproofing|what can be done about the noise] on that side of the building[, and our front desk will gladly note a request for a quieter room on your next visit|].",
      "Your comments have gone to our maintenance team, who are looking at [the soundproofing|how to reduce the noise]; when you book again, [do ask for a quiet room|please mention that you would like a quiet room].",
      "[Noise at night|A disturbed night] is something we take seriously, so I have asked our maintenance team to [check the windows and doors on that side|look at how we can keep those rooms quieter].",
    ],
    service: [
      "I have discussed your experience with the head of the department concerned, because this is not how we want any guest to be [treated|welcomed].",
      "[This is not|That is not] the [service|welcome] we stand for, and I have [taken it up|discussed it] personally with the team leaders concerned.",
      "I have [raised|shared] your comments with our team leaders[, and they will be part of our next service training|; they will be part of our next team briefing].",
    ],
    wait: [
      "I have shared this with our front office manager so that we can [look again at|review] staffing at busy times.",
      "Our front office manager [now has|has] your feedback and is [reviewing|looking at] how we [staff|organise] the desk when many guests arrive at once.",
      "Waiting is not the welcome we want to give, and our front office manager is [reviewing|looking at] how we organise busy arrival times.",
    ],
    food: [
      "I have passed your comments on {noun} to our head chef, who [is reviewing them|will go through them] with the kitchen team.",
      "[Our head chef|The kitchen team] [has|now has] your feedback on {noun}[, and we are looking at what to change| and is looking at what we can do better].",
      "Our chef has your feedback on {noun} and is [looking at|reviewing] [the quality and the choice we offer|what we can improve].",
    ],
    value: [
      "I have shared your view on value with our management team, [who review what our rates include|as we regularly review what our rates include].",
      "[Value matters to us|We want every stay to feel worth it], so your comments have gone to our management team [as we review our rates|as we look at what each stay includes].",
      "Your comments on value have gone to our management team, and they help us [review|reconsider] what we include in each stay.",
    ],
    comfort: [
      "I have asked our housekeeping team to check {noun} in that room and [replace anything that is worn|make sure it is as comfortable as it should be].",
      "[A good night's sleep matters|Sleeping well matters], so our housekeeping team [is checking|will check] {noun} in that room [and replacing what is worn|and changing anything that is worn].",
      "Your comments on {noun} have gone to our housekeeping team, who will check [the mattresses and pillows|the beds] in that room.",
    ],
  },
  questionAbout: [
    "As for your question about {noun}, [our team will be happy to help|we will gladly help]: please contact the hotel directly.",
    "[Regarding|About] your question on {noun}, please get in touch with the hotel directly and [our team|we] will [gladly answer it|be happy to help].",
  ],
  answer: ["As for your question: {fact}", "To answer your question: {fact}"],
  informal: {
    greeting: { named: ["Hi {name},", "Hello {name},"], anonymous: ["Hi there,", "Hello,"] },
    signOff: ["Best,", "Warm wishes,", "All the best,", "Cheers,"],
  },
};
