import type { Platform } from "../generated/prisma/enums";
import { BOOKING_REPLY_RULES } from "./booking/connector";
import { EXPEDIA_REPLY_RULES } from "./expedia/connector";
import { GOOGLE_REPLY_RULES } from "./google/connector";
import { TRIPADVISOR_REPLY_RULES } from "./tripadvisor/connector";
import { TRUSTPILOT_REPLY_RULES } from "./trustpilot/connector";
import type { ReplyRules } from "./types";

/** How each platform takes replies, in one place; manual channels are posted by hand. */
export const REPLY_RULES: Record<Platform, ReplyRules> = {
  GOOGLE: GOOGLE_REPLY_RULES,
  BOOKING: BOOKING_REPLY_RULES,
  EXPEDIA: EXPEDIA_REPLY_RULES,
  TRUSTPILOT: TRUSTPILOT_REPLY_RULES,
  TRIPADVISOR: TRIPADVISOR_REPLY_RULES,
  MANUAL: { via: "manual", once: false, moderated: false, maxLength: 10_000, needsReviewText: false },
};
