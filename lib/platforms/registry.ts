import { env } from "../env";
import { PlatformError, UnsupportedPlatformError } from "./errors";
import { createGoogleConnector } from "./google/connector";
import { googleCredentialsSchema } from "./google/oauth";
import type { FetchLike } from "./http";
import type { PlatformConnector } from "./types";

// Builds the connector for a stored platform connection.

export interface ConnectionForConnector {
  /** The Platform enum value of the connection ("GOOGLE", "BOOKING", ...). */
  platform: string;
  /** The platform's name for the place, e.g. "accounts/1001/locations/2001" on Google. */
  externalLocationId: string;
  /** The decrypted credentials object stored for the connection. */
  credentials: unknown;
}

export interface ConnectorOverrides {
  fetch?: FetchLike;
  timeoutMs?: number;
  /** Default: env.GOOGLE_API_BASE / env.GOOGLE_TOKEN_URL. */
  googleApiBase?: string;
  googleTokenUrl?: string;
}

export function createConnector(
  connection: ConnectionForConnector,
  overrides: ConnectorOverrides = {},
): PlatformConnector {
  switch (connection.platform) {
    case "GOOGLE": {
      const credentials = googleCredentialsSchema.safeParse(connection.credentials);
      if (!credentials.success) {
        // Name the missing fields only, never their values.
        const fields = [...new Set(credentials.error.issues.map((i) => i.path.join(".") || "credentials"))];
        throw new PlatformError("auth", `Google connection credentials are incomplete (${fields.join(", ")})`, {
          platform: "GOOGLE",
        });
      }
      return createGoogleConnector({
        apiBase: overrides.googleApiBase ?? env.GOOGLE_API_BASE,
        tokenUrl: overrides.googleTokenUrl ?? env.GOOGLE_TOKEN_URL,
        credentials: credentials.data,
        locationName: connection.externalLocationId,
        ...(overrides.fetch ? { fetch: overrides.fetch } : {}),
        ...(overrides.timeoutMs ? { timeoutMs: overrides.timeoutMs } : {}),
      });
    }
    default:
      throw new UnsupportedPlatformError(connection.platform);
  }
}
