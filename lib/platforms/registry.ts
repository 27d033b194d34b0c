import { UnsupportedPlatformError } from "./errors";
import { bookingFromConnection } from "./booking/from-connection";
import type { CredentialKeeper } from "./credential-keeper";
import { configuredEndpoints, type Endpoints } from "./endpoints";
import { expediaFromConnection } from "./expedia/from-connection";
import { googleFromConnection } from "./google/from-connection";
import { trustpilotFromConnection } from "./trustpilot/from-connection";
import { tripadvisorFromConnection } from "./tripadvisor/from-connection";
import type { FetchLike } from "./http";
import { throttledFetch, type Throttle } from "./throttle";
import type { PlatformCode, PlatformConnector } from "./types";

// Builds the connector for a stored platform connection.

export interface ConnectionForConnector {
  /** The Platform enum value of the connection ("GOOGLE", "BOOKING", ...). */
  platform: string;
  /** The platform's name for the place, e.g. "accounts/1001/locations/2001" on Google. */
  externalLocationId: string;
  /** The decrypted credentials object stored for the connection. */
  credentials: unknown;
  /** Stores credentials the platform replaces as it goes (rotated refresh tokens); see stored-credentials.ts. */
  keeper?: CredentialKeeper;
}

export interface ConnectorOverrides {
  fetch?: FetchLike;
  timeoutMs?: number;
  /** Default: the endpoints configured in the environment (lib/platforms/endpoints.ts). */
  endpoints?: Partial<Record<PlatformCode, Endpoints>>;
  /** The platforms' shared call budget (workers pass the Redis one); every call waits for it. */
  throttle?: Throttle;
}

export type ConnectorFactory = (connection: ConnectionForConnector, endpoints: Endpoints, overrides: ConnectorOverrides) => PlatformConnector;

/** One factory per platform with an API; add a platform by adding its factory here. */
const FACTORIES: Partial<Record<PlatformCode, ConnectorFactory>> = {
  GOOGLE: googleFromConnection,
  BOOKING: bookingFromConnection,
  EXPEDIA: expediaFromConnection,
  TRUSTPILOT: trustpilotFromConnection,
  TRIPADVISOR: tripadvisorFromConnection,
};

export function createConnector(connection: ConnectionForConnector, overrides: ConnectorOverrides = {}): PlatformConnector {
  const code = connection.platform as PlatformCode;
  const factory = FACTORIES[code];
  if (!factory) throw new UnsupportedPlatformError(connection.platform);
  const endpoints = overrides.endpoints?.[code] ?? configuredEndpoints()[code];
  const fetch: FetchLike | undefined = overrides.throttle
    ? throttledFetch(code, overrides.throttle, overrides.fetch ?? ((input, init) => globalThis.fetch(input, init)))
    : overrides.fetch;
  return factory(connection, endpoints, { ...overrides, ...(fetch ? { fetch } : {}) });
}
