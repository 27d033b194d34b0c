export { createExpediaConnector, EXPEDIA_MAX_REPLY_CHARS, EXPEDIA_REPLY_RULES, type ExpediaConnectorOptions } from "./connector";
export { expediaCredentialsSchema, type ExpediaCredentials } from "./auth";
export { normalizeExpediaReview, EXPEDIA_RATING_SCALE } from "./normalize";
