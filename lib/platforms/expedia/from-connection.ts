import { PlatformError } from "../errors";
import type { ConnectorFactory } from "../registry";
import { expediaCredentialsSchema, sharedExpediaTokens } from "./auth";
import { createExpediaConnector } from "./connector";

/** Builds the Expedia connector for a stored connection (property id + API key and secret). */
export const expediaFromConnection: ConnectorFactory = (connection, endpoints, overrides) => {
  const credentials = expediaCredentialsSchema.safeParse(connection.credentials);
  if (!credentials.success) {
    // Name the missing fields only, never their values.
    const fields = [...new Set(credentials.error.issues.map((i) => i.path.join(".") || "credentials"))];
    throw new PlatformError("auth", `Expedia connection credentials are incomplete (${fields.join(", ")})`, { platform: "EXPEDIA" });
  }
  if (!endpoints.tokenUrl) throw new PlatformError("invalid", "Expedia needs a token endpoint", { platform: "EXPEDIA" });
  return createExpediaConnector({
    apiBase: endpoints.apiBase,
    tokenUrl: endpoints.tokenUrl,
    credentials: credentials.data,
    tokens: sharedExpediaTokens,
    propertyId: connection.externalLocationId,
    ...(overrides.fetch ? { fetch: overrides.fetch } : {}),
    ...(overrides.timeoutMs ? { timeoutMs: overrides.timeoutMs } : {}),
  });
};
