import { PlatformError } from "../errors";
import type { ConnectorFactory } from "../registry";
import { isTrustpilotGrant, trustpilotCredentialsSchema, trustpilotGrantedCredentialsSchema } from "./auth";
import { createTrustpilotConnector } from "./connector";

/** Builds the Trustpilot connector for a stored connection (business unit id + business-user login or granted tokens). */
export const trustpilotFromConnection: ConnectorFactory = (connection, endpoints, overrides) => {
  const schema = isTrustpilotGrant(connection.credentials) ? trustpilotGrantedCredentialsSchema : trustpilotCredentialsSchema;
  const credentials = schema.safeParse(connection.credentials);
  if (!credentials.success) {
    // Name the missing fields only, never their values.
    const fields = [...new Set(credentials.error.issues.map((i) => i.path.join(".") || "credentials"))];
    throw new PlatformError("auth", `Trustpilot connection credentials are incomplete (${fields.join(", ")})`, { platform: "TRUSTPILOT" });
  }
  if (!endpoints.tokenUrl) throw new PlatformError("invalid", "Trustpilot needs a token endpoint", { platform: "TRUSTPILOT" });
  return createTrustpilotConnector({
    apiBase: endpoints.apiBase,
    tokenUrl: endpoints.tokenUrl,
    credentials: credentials.data,
    businessUnitId: connection.externalLocationId,
    ...(connection.keeper ? { keeper: connection.keeper } : {}),
    ...(overrides.fetch ? { fetch: overrides.fetch } : {}),
    ...(overrides.timeoutMs ? { timeoutMs: overrides.timeoutMs } : {}),
  });
};
