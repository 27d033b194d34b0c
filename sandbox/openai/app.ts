import { randomUUID } from "node:crypto";
import type { ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { parseJson, readBody, sendJson, type Route } from "../http";
import { OpenAiFaultQueue, openAiSettingsSchema } from "./faults";
import { countTokens, fakeDraft, type ChatMessage } from "./model";

// An OpenAI-compatible chat-completions endpoint for tests and the demo: the real request and response
// shapes (usage included), `response_format: json_schema` honoured, injectable faults, and a record of
// every request so tests can check what Lobby sent where.

export type RecordedRequest = {
  at: string;
  model: string;
  temperature: number | null;
  messages: ChatMessage[];
  responseFormat: unknown;
  maxCompletionTokens: number | null;
  /** The SDK's retry counter header (0 on a first try). */
  retryCount: number | null;
  authorized: boolean;
};

export type OpenAiSandboxOptions = {
  /** Where the API lives: "/v1" standalone, "/openai/v1" inside the review-platform sandbox. */
  prefix: string;
  /** When set, requests must carry `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  log?: (line: string) => void;
};

export type OpenAiSandbox = {
  routes: Route[];
  faults: OpenAiFaultQueue;
  requests: RecordedRequest[];
  reset(): void;
};

/** The demo runs for hours; keep the newest requests only. */
const MAX_RECORDED = 500;

const contentSchema = z.union([z.string(), z.array(z.object({ type: z.string(), text: z.string().optional() }).passthrough())]);
const requestSchema = z.object({
  model: z.string().min(1),
  messages: z.array(z.object({ role: z.enum(["system", "developer", "user", "assistant", "tool"]), content: contentSchema.nullable() }).passthrough()).min(1),
  temperature: z.number().min(0).max(2).nullish(),
  max_completion_tokens: z.number().int().positive().nullish(),
  max_tokens: z.number().int().positive().nullish(),
  stream: z.boolean().nullish(),
  response_format: z
    .discriminatedUnion("type", [
      z.object({ type: z.literal("text") }),
      z.object({ type: z.literal("json_object") }),
      z.object({ type: z.literal("json_schema"), json_schema: z.object({ name: z.string().min(1).max(64), schema: z.record(z.string(), z.unknown()).optional(), strict: z.boolean().nullish() }).passthrough() }),
    ])
    .optional(),
}).passthrough();

function sendError(res: ServerResponse, status: number, message: string, type: string, code: string | null, headers: Record<string, string> = {}) {
  sendJson(res, status, { error: { message, type, param: null, code } }, headers);
}

function flatten(content: z.infer<typeof contentSchema> | null): string {
  if (content === null) return "";
  return typeof content === "string" ? content : content.map((p) => p.text ?? "").join("");
}

export function createOpenAiSandbox(options: OpenAiSandboxOptions): OpenAiSandbox {
  const faults = new OpenAiFaultQueue();
  const requests: RecordedRequest[] = [];
  const prefix = options.prefix.replace(/\/$/, "").replace(/[/.]/g, (c) => `\\${c}`);

  const chatCompletions: Route["handler"] = async ({ req, res }) => {
    const authorized = !options.apiKey || req.headers.authorization === `Bearer ${options.apiKey}`;
    const parsed = parseJson(await readBody(req));
    const body = parsed.ok ? requestSchema.safeParse(parsed.value) : null;
    if (!body?.success) {
      const issue = body?.error.issues[0];
      return sendError(res, 400, issue ? `Invalid request: ${issue.path.join(".")} ${issue.message}` : "We could not parse the JSON body of your request.", "invalid_request_error", null);
    }
    const request = body.data;
    const messages = request.messages.map((m) => ({ role: m.role, content: flatten(m.content) }));
    const retryHeader = req.headers["x-stainless-retry-count"];
    requests.push({
      at: new Date().toISOString(),
      model: request.model,
      temperature: request.temperature ?? null,
      messages,
      responseFormat: request.response_format ?? null,
      maxCompletionTokens: request.max_completion_tokens ?? request.max_tokens ?? null,
      retryCount: typeof retryHeader === "string" ? Number(retryHeader) : null,
      authorized,
    });
    if (requests.length > MAX_RECORDED) requests.splice(0, requests.length - MAX_RECORDED);
    if (!authorized) return sendError(res, 401, "Incorrect API key provided.", "invalid_request_error", "invalid_api_key");
    if (request.stream) return sendError(res, 400, "This test server does not stream; send stream: false.", "invalid_request_error", "unsupported_parameter");

    const fault = faults.take();
    if (fault?.kind === "rate-limit") {
      return sendError(res, 429, `Rate limit reached for ${request.model}. Please try again in ${fault.retryAfterSeconds}s.`, "requests", "rate_limit_exceeded", {
        "retry-after": String(fault.retryAfterSeconds),
      });
    }
    if (fault?.kind === "server-error") return sendError(res, fault.status, "The server had an error while processing your request.", "server_error", null);
    if (fault?.kind === "slow") {
      await sleep(fault.delayMs);
      if (res.destroyed || req.socket.destroyed) return; // the client gave up
    }

    const format = request.response_format?.type ?? "text";
    let content: string;
    if (fault?.kind === "invalid-json") content = '{"reply": "Thank you so much for your';
    else if (fault?.kind === "schema-violation") content = JSON.stringify({ reply: 42, parts: "none", note: "not what was asked" });
    else {
      const draft = fakeDraft(messages, faults.behaviour);
      content = format === "text" ? draft.reply : JSON.stringify(draft);
    }
    const promptTokens = messages.reduce((n, m) => n + countTokens(m.content) + 4, 0);
    const completionTokens = countTokens(content);
    sendJson(res, 200, {
      id: `chatcmpl-${randomUUID().replace(/-/g, "").slice(0, 24)}`,
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model: request.model,
      system_fingerprint: "fp_lobby_sandbox",
      choices: [{ index: 0, message: { role: "assistant", content, refusal: null }, logprobs: null, finish_reason: "stop" }],
      usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
    });
  };

  const setFaults: Route["handler"] = async ({ req, res }) => {
    const parsed = parseJson(await readBody(req));
    const body = parsed.ok ? openAiSettingsSchema.safeParse(parsed.value) : null;
    if (!body?.success) {
      return sendJson(res, 400, { error: { message: 'Expected { faults?: [{ kind: "rate-limit"|"server-error"|"slow"|"invalid-json"|"schema-violation", count?, ... }], behaviour?: "careful"|"obey-injections" }' } });
    }
    faults.apply(body.data);
    options.log?.(`[sandbox] openai faults set: ${JSON.stringify(faults.snapshot())}`);
    sendJson(res, 200, faults.snapshot());
  };

  const reset = () => {
    faults.clear();
    requests.length = 0;
  };

  const routes: Route[] = [
    { method: "POST", path: new RegExp(`^${prefix}\\/chat\\/completions$`), handler: chatCompletions },
    {
      method: "GET",
      path: new RegExp(`^${prefix}\\/models$`),
      handler: ({ res }) => sendJson(res, 200, { object: "list", data: [{ id: "lobby-sandbox", object: "model", created: 0, owned_by: "lobby" }] }),
    },
    { method: "GET", path: /^\/_sandbox\/openai\/faults$/, handler: ({ res }) => sendJson(res, 200, faults.snapshot()) },
    { method: "POST", path: /^\/_sandbox\/openai\/faults$/, handler: setFaults },
    { method: "GET", path: /^\/_sandbox\/openai\/requests$/, handler: ({ res }) => sendJson(res, 200, { requests }) },
    {
      method: "POST",
      path: /^\/_sandbox\/openai\/reset$/,
      handler: ({ res }) => {
        reset();
        sendJson(res, 200, { status: "reset" });
      },
    },
  ];

  return { routes, faults, requests, reset };
}
