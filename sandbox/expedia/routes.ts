import { execute, GraphQLError, parse, validate, type DocumentNode, type ExecutionResult } from "graphql";
import { z } from "zod";
import { applyRequestFault, breakItem, loseResponse, sendTruncatedJson, type ListFault } from "../fault-hooks";
import { parseJson, readBody, sendJson, type Handler, type Route } from "../http";
import type { RateLimiter } from "../rate-limit";
import { sendExpediaError } from "./errors";
import { authenticate } from "./oauth";
import { expediaRootValue, type ExpediaCallContext, type ResolverDeps } from "./resolvers";
import { expediaSchema } from "./schema";

// POST /supply/lodging/graphql: fault injection, bearer auth and the per-client gateway quota first
// (the order a real gateway applies them), then parse, validate against the schema and execute.
// Request-level failures answer 4xx; execution errors answer 200 with `errors`, as Expedia does.

export const EXPEDIA_GRAPHQL_PATH = "/supply/lodging/graphql";

export interface ExpediaApiDeps extends ResolverDeps {
  limiter: RateLimiter;
}

const graphqlRequest = z.object({
  query: z.string().min(1),
  variables: z.record(z.string(), z.unknown()).nullish(),
  operationName: z.string().nullish(),
});

type ErrorJson = ReturnType<GraphQLError["toJSON"]>;

/** Unexpected exceptions never leak their message, as a production server would not. */
function errorJson(error: GraphQLError): ErrorJson {
  if (error.extensions.code) return error.toJSON();
  const json = error.toJSON();
  return { ...json, message: "Internal server error.", extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

function requestErrors(errors: readonly GraphQLError[], code: string) {
  return { errors: errors.map((e) => ({ ...e.toJSON(), extensions: { ...e.extensions, code } })) };
}

/** The "malformed" fault: the page's first review comes out broken, the same way every time. */
function breakFirstReview(deps: ExpediaApiDeps, call: ExpediaCallContext, fault: ListFault, body: { data?: unknown }): void {
  const list = (body.data as { property?: { reviews?: { reviews?: unknown[] } } } | null | undefined)?.property?.reviews?.reviews;
  const first = list?.[0] as Record<string, unknown> | undefined;
  if (!list || !first || typeof first !== "object") return;
  const now = deps.state.nowIso();
  list[0] = breakItem(deps.faults, fault, first, {
    platform: "expedia",
    scope: call.listScope ?? "",
    reviewId: String(first.id ?? ""),
    corrupt: (r) => ({ ...r, createdDateTime: "not-a-date", body: null }),
    // Only the fields the client asked for go out; a change time is freshened when it was asked for.
    freshen: (b) => ("lastUpdatedDateTime" in b ? { ...b, lastUpdatedDateTime: now } : b),
    now: new Date(now),
  });
}

export function expediaApiRoutes(deps: ExpediaApiDeps): Route[] {
  const rootValue = expediaRootValue(deps);

  const graphql: Handler = async (ctx) => {
    const fault = (res: Parameters<typeof sendExpediaError>[0], status: number, headers: Record<string, string>) =>
      sendExpediaError(res, status, { headers });
    if (await applyRequestFault(deps.faults, "expedia", ctx, fault)) return;
    const token = authenticate(deps.state, ctx);
    if (!token) return;
    const quota = deps.limiter.hit(token.clientId);
    if (!quota.ok) {
      return sendExpediaError(ctx.res, 429, {
        message: `Too many requests, please try again in ${quota.retryAfterSeconds} seconds.`,
        headers: { "retry-after": String(quota.retryAfterSeconds) },
      });
    }

    const raw = parseJson(await readBody(ctx.req));
    const request = raw.ok ? graphqlRequest.safeParse(raw.value) : null;
    if (!request?.success) {
      const message = raw.ok ? "Expected a JSON body { query, variables?, operationName? }." : `Invalid JSON body: ${raw.error}`;
      return sendExpediaError(ctx.res, 400, { message });
    }
    let document: DocumentNode;
    try {
      document = parse(request.data.query);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      return sendJson(ctx.res, 400, requestErrors([error], "GRAPHQL_PARSE_FAILED"));
    }
    const invalid = validate(expediaSchema, document);
    if (invalid.length > 0) return sendJson(ctx.res, 400, requestErrors(invalid, "GRAPHQL_VALIDATION_FAILED"));

    const call: ExpediaCallContext = { clientId: token.clientId, listFault: null, listScope: null, wroteResponse: null };
    const result: ExecutionResult = await execute({
      schema: expediaSchema,
      document,
      rootValue,
      contextValue: call,
      variableValues: request.data.variables ?? undefined,
      operationName: request.data.operationName ?? undefined,
    });
    // No data at all: the variables or the operation name were wrong, a request error.
    if (result.data === undefined) return sendJson(ctx.res, 400, requestErrors(result.errors ?? [], "BAD_USER_INPUT"));

    const body = { ...(result.errors?.length ? { errors: result.errors.map(errorJson) } : {}), data: result.data };
    if (call.wroteResponse !== null && loseResponse(deps.faults, "expedia", call.wroteResponse, ctx)) return;
    if (call.listFault?.kind === "malformed") breakFirstReview(deps, call, call.listFault, body);
    if (call.listFault?.kind === "truncate") return sendTruncatedJson(ctx.res, 200, body);
    sendJson(ctx.res, 200, body);
  };

  return [
    { method: "POST", path: /^\/supply\/lodging\/graphql\/?$/, handler: graphql },
    {
      method: "GET",
      path: /^\/supply\/lodging\/graphql\/?$/,
      handler: (ctx) => sendExpediaError(ctx.res, 405, { message: "Use POST with a JSON body.", headers: { allow: "POST" } }),
    },
  ];
}
