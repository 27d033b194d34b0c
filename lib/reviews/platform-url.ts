/** The review's own page on the platform, when the platform gave one (Tripadvisor, Booking.com). */
export function platformReviewUrl(raw: unknown): string | null {
  const url = raw && typeof raw === "object" && "url" in raw ? (raw as { url: unknown }).url : null;
  return typeof url === "string" && /^https:\/\/[^\s]+$/.test(url) ? url : null;
}
