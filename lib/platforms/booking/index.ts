export { BOOKING_MAX_REPLY_CHARS, BOOKING_REPLY_RULES, createBookingConnector, type BookingConnectorOptions } from "./connector";
export { bcp47, normalizeBookingReview, starsFromScore } from "./normalize";
export { bookingCredentialsSchema, type BookingCredentials } from "./auth";
export { bookingFromConnection } from "./from-connection";
