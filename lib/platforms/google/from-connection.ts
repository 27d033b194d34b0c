import { PlatformError } from "../errors";
import type { ConnectorFactory } from "../registry";
import { createGoogleConnector } from "./connector";
import { googleCredentialsSchema, sharedGoogleTokens } from "./oauth";

/** Builds the Google connector for a stored connection (location name + OAuth refresh credentials). */
export const googleFromConnection: ConnectorFactory = (connection, endpoints, overrides) => {
  const credentials = googleCredentialsSchema.safeParse(connection.credentials);
  if (!credentials.success) {
    // Name the missing fields only, never their values.
    const fields = [...new Set(credentials.error.issues.map((i) => i.path.join(".") || "credentials"))];
    throw new PlatformError("auth", `Google connection credentials are incomplete (${fields.join(", ")})`, { platform: "GOOGLE" });
  }
  if (!endpoints.tokenUrl) throw new PlatformError("invalid", "Google needs a token endpoint", { platform: "GOOGLE" });
  return createGoogleConnector({
    apiBase: endpoints.apiBase,
    tokenUrl: endpoints.tokenUrl,
    credentials: credentials.data,
    tokens: sharedGoogleTokens,
    locationName: connection.externalLocationId,
    ...(overrides.fetch ? { fetch: overrides.fetch } : {}),
    ...(overrides.timeoutMs ? { timeoutMs: overrides.timeoutMs } : {}),
  });
};
