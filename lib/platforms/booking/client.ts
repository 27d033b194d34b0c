import { z } from "zod";
import { PlatformError } from "../errors";
import { errorForResponse, readText, redact, send, type CallContext } from "../http";
import type { BookingMachineAccount } from "./auth";

// One authorised call to the Guest Review API, its envelope unwrapped and its failures typed.

const envelopeErrors = z.object({
  errors: z.array(z.object({ code: z.union([z.number(), z.string()]).nullish(), message: z.string().nullish() })),
});

/** "320 Invalid value; ..." from Booking's `errors` array, when there is one. */
function errorDetail(body: unknown): string | undefined {
  const parsed = envelopeErrors.safeParse(body);
  if (!parsed.success || parsed.data.errors.length === 0) return undefined;
  return parsed.data.errors
    .map((e) => [e.code, e.message].filter((v) => v !== null && v !== undefined).join(" "))
    .filter(Boolean)
    .join("; ");
}

export interface BookingClient {
  ctx: CallContext;
  /** The parsed JSON body of a 2xx answer; throws PlatformError otherwise. */
  call(method: "GET" | "POST", path: string, body: unknown, action: string): Promise<unknown>;
}

export function bookingClient(ctx: CallContext, apiBase: string, account: BookingMachineAccount): BookingClient {
  const base = apiBase.replace(/\/+$/, "");
  return {
    ctx,
    async call(method, path, body, action) {
      const res = await send(
        ctx,
        `${base}${path}`,
        {
          method,
          headers: {
            authorization: account.authorization(),
            accept: "application/json",
            ...(body === undefined ? {} : { "content-type": "application/json" }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        },
        action,
      );
      const text = await readText(ctx, res, action);
      let json: unknown = undefined;
      try {
        json = text === "" ? {} : JSON.parse(text);
      } catch {
        // A cut-off or non-JSON page: the job retries the whole walk.
        if (res.ok) throw new PlatformError("unavailable", `Booking.com sent a non-JSON answer while ${action}`, { platform: ctx.platform, status: res.status });
      }
      if (!res.ok) throw errorForResponse(ctx, res, action, errorDetail(json));
      // (unconfirmed) Booking's envelopes can carry errors with a 2xx status; they still mean refusal.
      const detail = errorDetail(json);
      if (detail) {
        throw new PlatformError("invalid", redact(`Booking.com rejected the request while ${action} [HTTP ${res.status}]: ${detail.slice(0, 300)}`, ctx.secrets()), {
          platform: ctx.platform,
          status: res.status,
        });
      }
      return json;
    },
  };
}
