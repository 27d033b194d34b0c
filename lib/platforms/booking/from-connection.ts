import { PlatformError } from "../errors";
import type { ConnectorFactory } from "../registry";
import { bookingCredentialsSchema } from "./auth";
import { createBookingConnector } from "./connector";

/** Builds the Booking.com connector for a stored connection (property id + machine account). */
export const bookingFromConnection: ConnectorFactory = (connection, endpoints, overrides) => {
  const credentials = bookingCredentialsSchema.safeParse(connection.credentials);
  if (!credentials.success) {
    // Name the missing or bad fields only, never their values.
    const fields = [...new Set(credentials.error.issues.map((i) => i.path.join(".") || "credentials"))];
    throw new PlatformError("auth", `Booking.com connection credentials are incomplete (${fields.join(", ")})`, { platform: "BOOKING" });
  }
  return createBookingConnector({
    apiBase: endpoints.apiBase,
    credentials: credentials.data,
    propertyId: connection.externalLocationId,
    ...(overrides.fetch ? { fetch: overrides.fetch } : {}),
    ...(overrides.timeoutMs ? { timeoutMs: overrides.timeoutMs } : {}),
  });
};
