import type { RequestContext } from "../http";
import { sendBookingError } from "./errors";
import type { BookingState } from "./state";
import type { BookingMachineAccount } from "./types";

// HTTP Basic with a connectivity partner's machine account, as Booking's Guest Review API takes it.

/** (unconfirmed) Booking's exact challenge header. */
const CHALLENGE = { "www-authenticate": 'Basic realm="supply-xml.booking.com"' };

export function parseBasic(header: string | undefined): { username: string; password: string } | null {
  const m = /^Basic\s+(\S+)\s*$/i.exec(header ?? "");
  if (!m?.[1]) return null;
  const decoded = Buffer.from(m[1], "base64").toString("utf8");
  const i = decoded.indexOf(":");
  if (i < 0) return null;
  return { username: decoded.slice(0, i), password: decoded.slice(i + 1) };
}

/** The calling machine account, or null after answering 401 in Booking's envelope. */
export function authenticate(state: BookingState, ctx: RequestContext): BookingMachineAccount | null {
  const credentials = parseBasic(ctx.req.headers.authorization);
  const account = credentials ? state.account(credentials.username, credentials.password) : undefined;
  if (!account) {
    sendBookingError(ctx.res, 401, credentials ? "Access denied" : "Access denied: no machine account credentials given", CHALLENGE);
    return null;
  }
  return account;
}
