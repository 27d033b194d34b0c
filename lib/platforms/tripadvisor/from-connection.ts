import { PlatformError } from "../errors";
import type { ConnectorFactory } from "../registry";
import { tripadvisorCredentialsSchema } from "./api-key";
import { createTripadvisorConnector } from "./connector";

/** Builds the Tripadvisor connector for a stored connection (location id + { apiKey, languages? }). */
export const tripadvisorFromConnection: ConnectorFactory = (connection, endpoints, overrides) => {
  const credentials = tripadvisorCredentialsSchema.safeParse(connection.credentials);
  if (!credentials.success) {
    // Name the fields only, never their values.
    const fields = [...new Set(credentials.error.issues.map((i) => i.path.join(".") || "credentials"))];
    const keyProblem = credentials.error.issues.some((i) => i.path.length === 0 || i.path[0] === "apiKey");
    throw new PlatformError(
      keyProblem ? "auth" : "invalid",
      `Tripadvisor connection credentials are ${keyProblem ? "incomplete" : "invalid"} (${fields.join(", ")})`,
      { platform: "TRIPADVISOR" },
    );
  }
  return createTripadvisorConnector({
    apiBase: endpoints.apiBase,
    apiKey: credentials.data.apiKey,
    locationId: connection.externalLocationId,
    ...(credentials.data.languages ? { languages: credentials.data.languages } : {}),
    ...(overrides.fetch ? { fetch: overrides.fetch } : {}),
    ...(overrides.timeoutMs ? { timeoutMs: overrides.timeoutMs } : {}),
  });
};
