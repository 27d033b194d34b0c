import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { FaultSwitch, faultsBodySchema } from "./faults";
import { sendGoogleError } from "./google/errors";
import { seededRandom } from "./random";
import type { PlatformSandbox, PlatformSandboxContext, Random } from "./platform";
import { PLATFORM_SANDBOXES, type PlatformSandboxes } from "./platforms";
import { createPushSender } from "./push";
import { createOpenAiSandbox, type OpenAiSandbox } from "./openai/app";
import { BodyTooLargeError, matchRoute, parseJson, readBody, sendJson, type Route } from "./http";

// The review-platform sandbox: one HTTP server, one module per simulated platform, plus /_sandbox admin.

export interface SandboxOptions {
  /** Seed reviews are spread over the ~60 days before this date. Default: now. */
  baseDate?: Date;
  /** Clock for timestamps, token expiry and rate limits. Default: the system clock. */
  now?: () => Date;
  /** Google API requests per minute per OAuth client. Default 300. */
  googleRatePerMin?: number;
  /** Lifetime of issued Google access tokens. Default 3599. */
  googleTokenTtlSeconds?: number;
  /** Add a generated review every N ms (0 = off). Default 0. */
  newReviewEveryMs?: number;
  /** Randomness for generated reviews. Default: a fixed-seed PRNG. */
  random?: Random;
  /** Receives one line per notable event (new generated review). Default: silent. */
  log?: (line: string) => void;
  /** Where Lobby's webhooks live (e.g. http://127.0.0.1:3000/api/webhooks); no pushes without it. */
  pushUrl?: string;
  /** The verification token Google's Pub/Sub push subscription carries in the URL. */
  googlePushToken?: string;
  /** Basic credentials of Lobby's Trustpilot webhook subscription URL; no Trustpilot webhooks without them. */
  trustpilotWebhookAuth?: { username: string; password: string };
  /** The secret of Lobby's Expedia notification callback; it signs every notification. None: no notifications. */
  expediaNotificationSecret?: string;
}

export type SandboxState = { faults: FaultSwitch } & { [K in keyof PlatformSandboxes]: PlatformSandboxes[K]["state"] };

export interface Sandbox {
  server: Server;
  state: SandboxState;
  platforms: PlatformSandboxes;
  /** An OpenAI-compatible endpoint at /openai/v1 (DRAFT_PROVIDER=openai in the demo); see openai/README.md. */
  openai: OpenAiSandbox;
  /** Listens on 127.0.0.1 by default; port 0 picks a free port. Resolves with the base URL. */
  listen(port?: number, host?: string): Promise<{ port: number; url: string }>;
  close(): Promise<void>;
  /** Back to the seed: reviews, replies, tokens, quotas and faults. */
  reset(): void;
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const now = options.now ?? (() => new Date());
  const faults = new FaultSwitch();
  const startedAt = Date.now();
  const ctx: PlatformSandboxContext = {
    baseDate: options.baseDate ?? now(),
    now,
    random: options.random ?? seededRandom(20_240_601),
    faults,
    newReviewEveryMs: options.newReviewEveryMs ?? 0,
    ...(options.log ? { log: options.log } : {}),
    push: createPushSender(options.pushUrl, options.log),
  };
  const platforms = Object.fromEntries(
    Object.entries(PLATFORM_SANDBOXES).map(([name, create]) => [name, create(ctx, options)]),
  ) as PlatformSandboxes;
  const all: PlatformSandbox[] = Object.values(platforms);

  const openai = createOpenAiSandbox({ prefix: "/openai/v1", ...(options.log ? { log: options.log } : {}) });

  const reset = () => {
    openai.reset();
    for (const platform of all) platform.reset();
    faults.clear();
    faults.ledger.clear();
  };

  const health: Route["handler"] = (ctx) =>
    sendJson(ctx.res, 200, {
      status: "ok",
      platforms: all.map((p) => p.name),
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
      ...Object.fromEntries(all.map((p) => [p.name, p.health()])),
    });

  const setFaults: Route["handler"] = async (ctx) => {
    const parsed = parseJson(await readBody(ctx.req));
    const body = parsed.ok ? faultsBodySchema.safeParse(parsed.value) : null;
    if (!body?.success) {
      return sendJson(ctx.res, 400, {
        error: { code: 400, message: "Expected { google: { status, count, retryAfterSeconds? } | null }", status: "INVALID_ARGUMENT" },
      });
    }
    faults.apply(body.data);
    sendJson(ctx.res, 200, faults.snapshot());
  };

  const adminRoutes: Route[] = [
    { method: "GET", path: /^\/_sandbox\/health$/, handler: health },
    {
      method: "POST",
      path: /^\/_sandbox\/reset$/,
      handler: (ctx) => {
        reset();
        sendJson(ctx.res, 200, { status: "reset" });
      },
    },
    { method: "GET", path: /^\/_sandbox\/faults$/, handler: (ctx) => sendJson(ctx.res, 200, faults.snapshot()) },
    { method: "POST", path: /^\/_sandbox\/faults$/, handler: setFaults },
    // What the sandbox did: calls, faults that bit, items served broken, reply writes and refusals.
    { method: "GET", path: /^\/_sandbox\/ledger$/, handler: (ctx) => sendJson(ctx.res, 200, faults.ledger.snapshot()) },
  ];

  const routes: Route[] = [...adminRoutes, ...all.flatMap((p) => [...p.adminRoutes, ...p.apiRoutes]), ...openai.routes];

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://sandbox.local");
    const match = matchRoute(routes, req.method ?? "GET", url.pathname);
    if (!match) return sendGoogleError(res, 404, `No route for ${req.method} ${url.pathname}`);
    Promise.resolve(match.route.handler({ req, res, url, params: match.params })).catch((err: unknown) => {
      if (res.headersSent) return res.destroy();
      if (err instanceof BodyTooLargeError) return sendGoogleError(res, 413, err.message);
      options.log?.(`[sandbox] handler error on ${req.method} ${url.pathname}: ${String(err)}`);
      sendGoogleError(res, 500);
    });
  });

  return {
    server,
    state: { faults, ...Object.fromEntries(all.map((p) => [p.name, p.state])) } as SandboxState,
    platforms,
    openai,
    reset,
    listen(port = 0, host = "127.0.0.1") {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          const address = server.address() as AddressInfo;
          resolve({ port: address.port, url: `http://${host}:${address.port}` });
        });
      });
    },
    close() {
      for (const platform of all) platform.stop();
      return new Promise((resolve, reject) => {
        if (!server.listening) return resolve();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
