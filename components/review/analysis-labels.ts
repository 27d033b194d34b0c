import type { Aspect, StayContext, UrgencyReason } from "@/lib/reviews/analyse";

// What the analysis calls things, in the words a hotel manager uses.

export const ASPECT_LABELS: Record<Aspect, string> = {
  room: "Room",
  cleanliness: "Cleanliness",
  bathroom: "Bathroom",
  bed: "Bed",
  staff: "Staff",
  breakfast: "Breakfast",
  food: "Food & drink",
  location: "Location",
  noise: "Noise",
  value: "Value",
  "check-in": "Check-in",
  wifi: "Wi-Fi",
  parking: "Parking",
  "pool-spa": "Pool & spa",
  "air-conditioning": "Air conditioning",
  smell: "Smell",
  view: "View",
  facilities: "Building & common areas",
  billing: "Booking & billing",
};

export const URGENCY_REASON_LABELS: Record<UrgencyReason["kind"], string> = {
  safety: "Safety",
  hygiene: "Hygiene",
  health: "Health",
  discrimination: "Discrimination",
  harassment: "Harassment",
  legal: "Legal",
  fraud: "Fraud claim",
  theft: "Theft",
  "unhappy-guest": "Unhappy guest",
};

export const STAY_LABELS: Record<StayContext, string> = {
  business: "Business trip",
  family: "Family",
  couple: "Couple",
  solo: "Solo traveller",
  friends: "With friends",
};
