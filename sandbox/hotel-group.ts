import type { Sandbox } from "./app";
import { bookingTimestamp } from "./booking/types";
import { generateBookingReview } from "./booking/keepalive";
import { BOOKING_SANDBOX_CREDENTIALS } from "./booking/seed";
import { generateExpediaReview } from "./expedia/keepalive";
import { EXPEDIA_SANDBOX_CREDENTIALS } from "./expedia/seed";
import { generateReview as generateGoogleReview } from "./google/keepalive";
import { GOOGLE_SANDBOX_ACCOUNT, GOOGLE_SANDBOX_CLIENT } from "./google/seed";
import type { Random } from "./platform";
import { pick, seededRandom } from "./random";
import { generateTripadvisorReview } from "./tripadvisor/keepalive";
import { PHRASES as TRIPADVISOR_PHRASES } from "./tripadvisor/phrases";
import { TRIPADVISOR_SANDBOX_API_KEY, tripadvisorDate } from "./tripadvisor/seed";
import { MAX_REVIEWS_SHOWN } from "./tripadvisor/state";
import { generateReview as generateTrustpilotReview } from "./trustpilot/keepalive";
import { TRUSTPILOT_SANDBOX_BUSINESS_USER_ID, TRUSTPILOT_SANDBOX_CREDENTIALS, trustpilotTime } from "./trustpilot/seed";

// A large hotel group on every platform at once, for load and benchmark runs: `hotels` hotels, each
// with a Google location, a Booking.com property, an Expedia property, a Trustpilot business unit and
// a Tripadvisor location, reachable with the demo credentials. Reviews are generated in memory (no
// HTTP), so twenty thousand take well under a second.

export type GroupPlatform = "GOOGLE" | "BOOKING" | "EXPEDIA" | "TRUSTPILOT" | "TRIPADVISOR";

/** What Lobby needs to connect one hotel to one platform, and how many reviews the platform holds for it. */
export interface GroupConnection {
  hotel: number;
  hotelName: string;
  platform: GroupPlatform;
  externalLocationId: string;
  credentials: unknown;
  reviews: number;
}

export interface HotelGroupOptions {
  hotels: number;
  /** Reviews across the whole group (Tripadvisor's share is fixed by what its API shows). */
  reviews: number;
  /** Share of reviews that already carry a reply on the platform. Default 0.15. */
  answeredShare?: number;
  /** Reviews are spread over the year before this date. Default: now. */
  baseDate?: Date;
  seed?: number;
}

const DAY_MS = 86_400_000;
/** Tripadvisor shows five reviews per language: the group asks for every language the phrase bank writes. */
const TRIPADVISOR_LANGUAGES = Object.keys(TRIPADVISOR_PHRASES) as (keyof typeof TRIPADVISOR_PHRASES)[];
const REPLIES = ["Thank you for your review, we hope to welcome you back soon.", "Obrigado pela sua visita!", "Vielen Dank für Ihre Bewertung."];

/** Adds the group to a running sandbox and returns one entry per (hotel, platform). */
export function seedHotelGroup(sandbox: Sandbox, options: HotelGroupOptions): GroupConnection[] {
  const random = seededRandom(options.seed ?? 7_301);
  const base = (options.baseDate ?? new Date()).getTime();
  const answered = options.answeredShare ?? 0.15;
  const at = () => base - Math.floor(random() * 365 * DAY_MS);
  const replied = () => random() < answered;
  const perTripadvisor = MAX_REVIEWS_SHOWN * TRIPADVISOR_LANGUAGES.length;
  const perOther = Math.max(0, Math.floor((options.reviews - perTripadvisor * options.hotels) / (4 * options.hotels)));
  const { google, booking, expedia, trustpilot, tripadvisor } = sandbox.platforms;
  const bookingAccount = booking.state.accounts.find((a) => a.username === BOOKING_SANDBOX_CREDENTIALS.username);
  const expediaClient = expedia.state.client(EXPEDIA_SANDBOX_CREDENTIALS.clientId);
  const trustpilotUser = trustpilot.state.user(TRUSTPILOT_SANDBOX_BUSINESS_USER_ID);
  if (!bookingAccount || !expediaClient || !trustpilotUser) throw new Error("the sandbox's demo accounts are missing");

  const connections: GroupConnection[] = [];
  for (let hotel = 1; hotel <= options.hotels; hotel++) {
    const hotelName = `Group Hotel ${hotel}`;
    const city = "Porto";
    const add = (platform: GroupPlatform, externalLocationId: string, credentials: unknown, reviews: number) =>
      connections.push({ hotel, hotelName, platform, externalLocationId, credentials, reviews });

    const locationName = `${GOOGLE_SANDBOX_ACCOUNT}/locations/${900_000 + hotel}`;
    google.state.locations.set(locationName, { name: locationName, title: hotelName, city, reviews: [] });
    for (let i = 0; i < perOther; i++) {
      const review = google.state.addReview({ ...generateGoogleReview(random, locationName), createTime: new Date(at()).toISOString() });
      if (replied()) google.state.putReply(review, pick(random, REPLIES));
    }
    add("GOOGLE", locationName, GOOGLE_SANDBOX_CLIENT, perOther);

    const bookingId = String(77_000_000 + hotel);
    booking.state.properties.set(bookingId, { id: bookingId, name: hotelName, city });
    bookingAccount.propertyIds.push(bookingId);
    for (let i = 0; i < perOther; i++) {
      const review = booking.state.addReview({ ...generateBookingReview(random, bookingId), createdAt: new Date(at()) });
      if (review.content && replied()) review.reply = { text: pick(random, REPLIES), status: "published", created_timestamp: bookingTimestamp(new Date(base)) };
    }
    add("BOOKING", bookingId, BOOKING_SANDBOX_CREDENTIALS, perOther);

    const expediaId = String(88_000_000 + hotel);
    expedia.state.properties.set(expediaId, { id: expediaId, name: hotelName, city, reviews: [] });
    expediaClient.propertyIds.push(expediaId);
    for (let i = 0; i < perOther; i++) {
      const review = expedia.state.addReview({ ...generateExpediaReview(random, expediaId), createdDateTime: new Date(at()).toISOString() });
      if (replied()) {
        const when = new Date(base).toISOString();
        review.response = { body: { locale: review.body.locale, value: pick(random, REPLIES) }, status: "APPROVED", createdDateTime: when, lastUpdatedDateTime: when };
      }
    }
    add("EXPEDIA", expediaId, EXPEDIA_SANDBOX_CREDENTIALS, perOther);

    const unitId = (0x6600_0000_0000 + hotel).toString(16).padStart(24, "0");
    trustpilot.state.businessUnits.set(unitId, { id: unitId, identifyingName: `group-hotel-${hotel}.example`, displayName: hotelName, city, reviews: [] });
    trustpilotUser.businessUnitIds.push(unitId);
    for (let i = 0; i < perOther; i++) {
      const review = trustpilot.state.addReview({ ...generateTrustpilotReview(random, unitId), createdAt: trustpilotTime(at()) });
      if (replied()) trustpilot.state.putReply(review, pick(random, REPLIES), trustpilotUser);
    }
    add("TRUSTPILOT", unitId, TRUSTPILOT_SANDBOX_CREDENTIALS, perOther);

    const locationId = 99_000_000 + hotel;
    tripadvisor.state.locations.set(locationId, { location_id: locationId, name: hotelName, city, geoId: 189_180, urlSlug: `Group_Hotel_${hotel}-Porto`, reviews: [] });
    addTripadvisorReviews(tripadvisor.state, random, locationId, at, replied);
    add("TRIPADVISOR", String(locationId), { apiKey: TRIPADVISOR_SANDBOX_API_KEY, languages: TRIPADVISOR_LANGUAGES }, perTripadvisor);
  }
  return connections;
}

/** Exactly the five reviews per language the API will show, so every stored review is one Lobby can see. */
function addTripadvisorReviews(
  state: Sandbox["platforms"]["tripadvisor"]["state"],
  random: Random,
  locationId: number,
  at: () => number,
  replied: () => boolean,
) {
  const left = new Map<string, number>(TRIPADVISOR_LANGUAGES.map((l) => [l, MAX_REVIEWS_SHOWN]));
  while (left.size > 0) {
    const input = generateTripadvisorReview(random, locationId);
    const room = left.get(input.lang);
    if (room === undefined) continue;
    if (room === 1) left.delete(input.lang);
    else left.set(input.lang, room - 1);
    const review = state.addReview({ ...input, publishedDate: tripadvisorDate(at()) });
    if (replied()) state.setOwnerResponse(review, pick(random, REPLIES));
  }
}
