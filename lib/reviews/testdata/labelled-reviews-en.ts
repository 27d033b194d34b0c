import type { LabelledReview } from "./labelled-review";

// English reviews written for Lobby's tests in the manner of the development set (Indian and European
// hotels on Tripadvisor): synthetic, labelled by hand.

export const LABELLED_EN: LabelledReview[] = [
  {
    id: "en-bed-bugs", rating: 1, title: "Stay away",
    text: "We checked in late and the room looked fine at first. On the second night my wife woke up covered in bites and we found bed bugs in the mattress seams. The front desk only offered to spray the room.",
    expect: { language: "en", urgency: "URGENT", reasons: ["hygiene"], aspects: [["cleanliness", "negative"]], questions: 0, stay: ["couple"] },
  },
  {
    id: "en-no-bed-bugs", rating: 5,
    text: "Spotless rooms, no bed bugs or cockroaches which we had worried about after reading older reviews. Staff were friendly and the breakfast buffet had plenty of choice.",
    expect: { language: "en", urgency: "ROUTINE", aspects: [["cleanliness", "positive"], ["staff", "positive"], ["breakfast", "positive"]], questions: 0 },
  },
  {
    id: "en-tired-and-pricey", rating: 2, title: "Overpriced for what it is",
    text: "The room was dated and the AC was noisy all night. Breakfast was average and far too expensive.",
    expect: { language: "en", urgency: "PROMPT", reasons: [], aspects: [["room", "negative"], ["breakfast", "negative"]], questions: 0 },
  },
  {
    id: "en-slipped", rating: 1,
    text: "The bathroom floor was so slippery that my mother fell in the shower and hurt her wrist. Nobody from the hotel even checked on her.",
    expect: { language: "en", urgency: "URGENT", reasons: ["safety"], questions: 0, stay: ["family"] },
  },
  {
    id: "en-cash-missing", rating: 1,
    text: "Cash went missing from the room safe while we were out for dinner. The manager refused to look at the CCTV so we filed a police complaint.",
    expect: { language: "en", urgency: "URGENT", reasons: ["legal", "theft"], questions: 0 },
  },
  {
    id: "en-food-poisoning", rating: 3,
    text: "Location is good and the staff polite, but two of us got food poisoning after dinner at the rooftop restaurant.",
    expect: { language: "en", urgency: "URGENT", reasons: ["health"], aspects: [["location", "positive"], ["staff", "positive"]], questions: 0 },
  },
  {
    id: "en-racism", rating: 2,
    text: "The reception served foreign guests first and kept us waiting for an hour. It felt like plain racism.",
    expect: { language: "en", urgency: "URGENT", reasons: ["discrimination"], questions: 0 },
  },
  {
    id: "en-shuttle-question", rating: 4,
    text: "Lovely stay, a short walk from the station. Do you offer an airport shuttle for early flights? We would use it next time.",
    expect: { language: "en", urgency: "ROUTINE", aspects: [["location", "positive"]], questions: 1 },
  },
  {
    id: "en-what-more", rating: 5,
    text: "Sea view, great food, a lovely pool — what more could you ask for? Thanks to Kavita at the front desk for the upgrade.",
    expect: { language: "en", urgency: "ROUTINE", aspects: [["view", "positive"], ["food", "positive"], ["pool-spa", "positive"]], questions: 0, staff: ["Kavita"] },
  },
  {
    id: "en-business-lowercase-name", rating: 5,
    text: "Stayed three nights on a business trip. Fast wifi and a quiet room with a proper desk. Special thanks to mr rohan at the front office.",
    expect: { language: "en", urgency: "ROUTINE", aspects: [["wifi", "positive"], ["noise", "positive"]], questions: 0, stay: ["business"], staff: ["Mr Rohan"] },
  },
  {
    id: "en-family-kids-club", rating: 4,
    text: "Came with our two kids for the long weekend. The kids club kept them busy and the pool was clean. Only downside was the slow check-in.",
    expect: { language: "en", urgency: "ROUTINE", aspects: [["pool-spa", "positive"], ["check-in", "negative"]], questions: 0, stay: ["family"] },
  },
  {
    id: "en-anniversary", rating: 5,
    text: "We booked this for our anniversary and the team decorated the room with flowers. My husband and I loved the spa.",
    expect: { language: "en", urgency: "ROUTINE", aspects: [["pool-spa", "positive"]], questions: 0, stay: ["couple"] },
  },
  {
    id: "en-five-star-rhetorical", rating: 1, title: "Is this what you call a five star hotel?",
    text: "Dirty towels, hair all over the bathroom and no hot water for two days.",
    expect: { language: "en", urgency: "PROMPT", reasons: [], aspects: [["cleanliness", "negative"]], questions: 0 },
  },
  {
    id: "en-refund-question", rating: 2,
    text: "We were charged twice for the same night. Can you please confirm when the refund will be processed?",
    expect: { language: "en", urgency: "PROMPT", reasons: [], questions: 1 },
  },
  {
    id: "en-kettle-suggestion", rating: 3,
    text: "Comfortable beds and a central location. Why not put a kettle in the rooms? We had to call room service every time we wanted tea.",
    expect: { language: "en", urgency: "ROUTINE", aspects: [["bed", "positive"], ["location", "positive"]], questions: 1, topics: ["room"] },
  },
  {
    id: "en-solo-safe", rating: 5,
    text: "As a solo female traveller I felt safe throughout, and the staff arranged a trusted taxi for me late at night.",
    expect: { language: "en", urgency: "ROUTINE", questions: 0, stay: ["solo"] },
  },
  {
    id: "en-harassment", rating: 1,
    text: "A man from the staff kept knocking on my door late at night and made inappropriate comments. I did not feel safe at all.",
    expect: { language: "en", urgency: "URGENT", reasons: ["safety", "harassment"], questions: 0 },
  },
  {
    id: "en-no-mould-pleasant-smell", rating: 4,
    text: "An old building but well kept. No sign of mould in the bathroom despite the monsoon, and the smell of the lobby was pleasant.",
    expect: { language: "en", urgency: "ROUTINE", aspects: [["smell", "positive"]], questions: 0 },
  },
  {
    id: "en-scam", rating: 1, title: "Absolute scam",
    text: "They showed photos of renovated rooms online but put us in the old wing and refused any refund.",
    expect: { language: "en", urgency: "URGENT", reasons: ["fraud"], questions: 0 },
  },
  {
    id: "en-stole-my-heart", rating: 5,
    text: "The view from the terrace stole my heart and the chef's thali was delicious.",
    expect: { language: "en", urgency: "ROUTINE", aspects: [["view", "positive"], ["food", "positive"]], questions: 0 },
  },
  {
    id: "en-fell-asleep", rating: 3,
    text: "We fell asleep by the fire pit after a long day of sightseeing. The rooms are basic but clean, the wifi is patchy.",
    expect: { language: "en", urgency: "ROUTINE", aspects: [["cleanliness", "positive"], ["wifi", "negative"]], questions: 0 },
  },
  {
    id: "en-rude-receptionist", rating: 2,
    text: "the manager was rude and the receptionist named sunil shouted at us at check out.",
    expect: { language: "en", urgency: "PROMPT", reasons: [], aspects: [["staff", "negative"]], questions: 0, staff: ["Sunil"] },
  },
  {
    id: "en-police-station-nearby", rating: 5,
    text: "Very close to the police station and the railway station, so we felt secure walking back at night.",
    expect: { language: "en", urgency: "ROUTINE", aspects: [["location", "positive"]], questions: 0 },
  },
  {
    id: "en-lawyer", rating: 1,
    text: "Three months on and the deposit has still not been returned. My lawyer will be in touch.",
    expect: { language: "en", urgency: "URGENT", reasons: ["legal"], questions: 0 },
  },
  {
    id: "en-parking-question", rating: 4,
    text: "Good value for a night on the highway. Is there parking for a tempo traveller? The lane outside is narrow.",
    expect: { language: "en", urgency: "ROUTINE", aspects: [["value", "positive"]], questions: 1, topics: ["parking"] },
  },
  {
    id: "en-friends-weekend", rating: 5,
    text: "Came with a group of friends for a long weekend; the rooftop bar and the pool were brilliant.",
    expect: { language: "en", urgency: "ROUTINE", aspects: [["pool-spa", "positive"]], questions: 0, stay: ["friends"] },
  },
];
