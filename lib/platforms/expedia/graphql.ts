import { z } from "zod";
import { PlatformError, type PlatformErrorKind } from "../errors";
import { errorForResponse, readText, redact, send, type CallContext } from "../http";
import type { ExpediaTokenSource } from "./auth";

// One authorised call to POST /supply/lodging/graphql. Expedia answers request-level failures with an
// HTTP status (401 and 429 without a body) and execution errors with HTTP 200 plus `errors[]`, each
// carrying `extensions.code`; both become typed PlatformErrors here.

const graphqlError = z.object({
  message: z.string().optional(),
  extensions: z.object({ code: z.string().optional(), duration: z.number().optional() }).loose().optional(),
});

const envelope = z.object({
  data: z.unknown().optional(),
  errors: z.array(graphqlError).optional(),
});

type GraphQLErrorJson = z.infer<typeof graphqlError>;

/** Codes are Apollo-style names; only RATE_LIMIT_EXCEEDED is documented by Expedia (the rest unconfirmed). */
const KIND_BY_CODE: Record<string, PlatformErrorKind> = {
  RATE_LIMIT_EXCEEDED: "rate_limited",
  UNAUTHENTICATED: "auth",
  FORBIDDEN: "auth",
  NOT_FOUND: "not_found",
  BAD_USER_INPUT: "invalid",
  BAD_REQUEST: "invalid",
  GRAPHQL_PARSE_FAILED: "invalid",
  GRAPHQL_VALIDATION_FAILED: "invalid",
};

/** "Too many requests, please try again in 3 seconds." or extensions.duration (seconds). */
function retryAfterMs(error: GraphQLErrorJson): number | undefined {
  const m = /try again in (\d+(?:\.\d+)?) second/i.exec(error.message ?? "");
  if (m?.[1]) return Math.round(Number(m[1]) * 1000);
  const duration = error.extensions?.duration;
  return duration !== undefined && duration >= 0 ? Math.round(duration * 1000) : undefined;
}

function describe(error: GraphQLErrorJson | undefined): string | undefined {
  if (!error) return undefined;
  return [error.extensions?.code, error.message].filter(Boolean).join(": ") || undefined;
}

export function errorForGraphQL(ctx: CallContext, error: GraphQLErrorJson, action: string): PlatformError {
  const code = error.extensions?.code ?? "";
  // An unknown code is most often a failing service behind the gateway: retrying later is the safe bet.
  const kind = KIND_BY_CODE[code] ?? "unavailable";
  const wait = kind === "rate_limited" ? retryAfterMs(error) : undefined;
  let message = `Expedia answered with an error while ${action}: ${describe(error) ?? "no details"}`;
  if (wait !== undefined) message += ` (retry after ${Math.ceil(wait / 1000)}s)`;
  return new PlatformError(kind, redact(message.slice(0, 400), ctx.secrets()), {
    platform: ctx.platform,
    ...(wait !== undefined ? { retryAfterMs: wait } : {}),
  });
}

export interface GraphQLClient {
  /** Runs a query or mutation and returns its `data`; throws PlatformError for every failure. */
  request(query: string, variables: Record<string, unknown>, action: string): Promise<unknown>;
}

export function expediaGraphQL(ctx: CallContext, endpoint: string, tokens: ExpediaTokenSource): GraphQLClient {
  async function request(query: string, variables: Record<string, unknown>, action: string): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      const token = await tokens.get();
      const res = await send(
        ctx,
        endpoint,
        {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json", accept: "application/json" },
          body: JSON.stringify({ query, variables }),
        },
        action,
      );
      const text = await readText(ctx, res, action);
      // A token can expire or be revoked between two calls: one fresh token, one retry.
      if (res.status === 401 && attempt === 0) {
        tokens.invalidate(token);
        continue;
      }
      let json: unknown = undefined;
      try {
        json = text === "" ? undefined : JSON.parse(text);
      } catch {
        if (res.ok) {
          throw new PlatformError("unavailable", `Expedia sent a non-JSON or cut-off answer while ${action}`, { platform: ctx.platform, status: res.status });
        }
      }
      const parsed = envelope.safeParse(json);
      if (!res.ok) throw errorForResponse(ctx, res, action, describe(parsed.success ? parsed.data.errors?.[0] : undefined));
      if (!parsed.success) {
        throw new PlatformError("unavailable", `Expedia sent an unexpected answer while ${action}`, { platform: ctx.platform, status: res.status });
      }
      const first = parsed.data.errors?.[0];
      if (first) throw errorForGraphQL(ctx, first, action);
      if (parsed.data.data === undefined || parsed.data.data === null) {
        throw new PlatformError("unavailable", `Expedia sent no data while ${action}`, { platform: ctx.platform, status: res.status });
      }
      return parsed.data.data;
    }
  }
  return { request };
}
