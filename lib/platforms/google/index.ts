export { createGoogleConnector, GOOGLE_MAX_REPLY_CHARS, isGoogleConnector, type GoogleConnector, type GoogleConnectorOptions } from "./connector";
export { GOOGLE_BATCH_MAX_LOCATIONS, type LocationPages } from "./batch";
export { originalComment, normalizeGoogleReview } from "./normalize";
export { googleCredentialsSchema, type GoogleCredentials } from "./oauth";
