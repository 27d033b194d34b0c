import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect } from "vitest";
import type { Sandbox } from "../../sandbox/app";
import { PlatformError } from "./errors";
import type { FetchLike } from "./http";
import type { ReviewPage } from "./types";

// What every connector test harness shares: a sandbox on an ephemeral port, started once per file
// and reset between tests, and a fetch that records each call the connector makes.

export async function collect(pages: AsyncIterable<ReviewPage>): Promise<ReviewPage[]> {
  const out: ReviewPage[] = [];
  for await (const page of pages) out.push(page);
  return out;
}

export async function thrown(promise: Promise<unknown>): Promise<PlatformError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(PlatformError);
    return error as PlatformError;
  }
  throw new Error("expected a PlatformError");
}

/** What a harness needs of a running sandbox: closing it and calling its admin API. */
interface RunningPlatformSandbox {
  sandbox: Sandbox;
  admin(path: string, body?: unknown): Promise<Response>;
}

/** `record` turns one fetch into the entry a platform's tests look for in `calls`. */
export function sandboxHarness<S extends RunningPlatformSandbox, Call>(
  startSandbox: () => Promise<S>,
  record: (input: Parameters<FetchLike>[0], init: Parameters<FetchLike>[1]) => Call,
) {
  let running: S | null = null;
  const sb = (): S => {
    if (!running) throw new Error("sandbox not started");
    return running;
  };
  const calls: Call[] = [];
  const recordingFetch: FetchLike = (input, init) => {
    calls.push(record(input, init));
    return fetch(input, init);
  };

  return {
    sb,
    calls,
    recordingFetch,
    async start() {
      running = await startSandbox();
    },
    async reset() {
      await sb().admin("/_sandbox/reset", {});
      calls.length = 0;
    },
    async stop() {
      await running?.sandbox.close();
    },
  };
}

export interface ReceivedWebhook {
  path: string;
  status: number;
  request: unknown;
  answer: unknown;
}

/**
 * A small HTTP server that hands each request it gets to a route handler (an app/api/webhooks
 * route's POST), the way Next.js would: the sandbox pushes to it as the real platform pushes to Lobby.
 */
export async function webhookReceiver(handle: (request: Request) => Promise<Response>) {
  const received: ReceivedWebhook[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const headers = new Headers(Object.entries(req.headers).flatMap(([k, v]) => (typeof v === "string" ? [[k, v] as [string, string]] : [])));
    // A handler that throws answers 500, as Next.js would, and the test sees it in `received`.
    const response = await handle(new Request(`http://127.0.0.1${req.url ?? "/"}`, { method: req.method ?? "POST", headers, body: raw })).catch(
      (err: unknown) => Response.json({ error: String(err) }, { status: 500 }),
    );
    const text = await response.text();
    let request: unknown = null;
    try {
      request = JSON.parse(raw.toString("utf8"));
    } catch {
      request = raw.toString("utf8");
    }
    received.push({ path: req.url ?? "/", status: response.status, request, answer: text ? JSON.parse(text) : null });
    res.writeHead(response.status, { "content-type": "application/json" }).end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Reads until `done` holds or the deadline passes (then fails with the last value). */
export async function until<T>(read: () => Promise<T> | T, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met in ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
