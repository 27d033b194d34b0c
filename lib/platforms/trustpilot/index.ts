export { sharedTrustpilotTokens, TrustpilotTokenCache, trustpilotCredentialsSchema, type TrustpilotCredentials } from "./auth";
export { createTrustpilotConnector, TRUSTPILOT_MAX_REPLY_CHARS, TRUSTPILOT_REPLY_RULES, type TrustpilotConnectorOptions } from "./connector";
export { normalizeTrustpilotReview, parseTrustpilotTime } from "./normalize";
