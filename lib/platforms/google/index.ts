export { createGoogleConnector, GOOGLE_MAX_REPLY_CHARS, type GoogleConnectorOptions } from "./connector";
export { originalComment, normalizeGoogleReview } from "./normalize";
export { googleCredentialsSchema, type GoogleCredentials } from "./oauth";
