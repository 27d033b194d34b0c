import type { Platform } from "../generated/prisma/enums";
import { channelSite } from "./import/channels";

/** The review's own page on the platform, when the platform gave one (Tripadvisor, Booking.com). */
export function platformReviewUrl(raw: unknown): string | null {
  const url = raw && typeof raw === "object" && "url" in raw ? (raw as { url: unknown }).url : null;
  return typeof url === "string" && /^https:\/\/[^\s]+$/.test(url) ? url : null;
}

/** Where staff post a reply by hand: the review's own page, else, for a manual channel, the channel's site. */
export function replyPostingUrl(review: { platform: Platform; raw: unknown; connection: { externalLocationId: string } }): string | null {
  return platformReviewUrl(review.raw) ?? (review.platform === "MANUAL" ? channelSite(review.connection.externalLocationId) : null);
}
