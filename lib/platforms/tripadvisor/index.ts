export { createTripadvisorConnector, TRIPADVISOR_MAX_REPLY_CHARS, TRIPADVISOR_REPLY_RULES, type TripadvisorConnectorOptions } from "./connector";
export { normalizeTripadvisorReview, parseTripadvisorDate } from "./normalize";
export { tripadvisorCredentialsSchema, withoutKey, type TripadvisorCredentials } from "./api-key";
