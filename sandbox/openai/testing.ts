import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { BodyTooLargeError, matchRoute, sendJson } from "../http";
import { createOpenAiSandbox, type OpenAiSandbox } from "./app";
import type { OpenAiSettings } from "./faults";

// The OpenAI-compatible test server on its own ephemeral port, for the suite: `baseURL` goes where
// OPENAI_BASE_URL would.

export type RunningOpenAiServer = OpenAiSandbox & {
  /** e.g. http://127.0.0.1:41234/v1 */
  baseURL: string;
  /** Sets faults and behaviour over HTTP, as a test or the demo would. */
  configure(settings: OpenAiSettings): Promise<void>;
  close(): Promise<void>;
};

export async function startOpenAiServer(options: { apiKey?: string } = {}): Promise<RunningOpenAiServer> {
  const openai = createOpenAiSandbox({ prefix: "/v1", ...options });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://openai.local");
    const match = matchRoute(openai.routes, req.method ?? "GET", url.pathname);
    if (!match) return sendJson(res, 404, { error: { message: `Unknown request URL: ${req.method} ${url.pathname}`, type: "invalid_request_error", param: null, code: "unknown_url" } });
    Promise.resolve(match.route.handler({ req, res, url, params: match.params })).catch((err: unknown) => {
      if (res.headersSent) return res.destroy();
      const status = err instanceof BodyTooLargeError ? 413 : 500;
      sendJson(res, status, { error: { message: String(err), type: "server_error", param: null, code: null } });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    ...openai,
    baseURL: `${origin}/v1`,
    async configure(settings) {
      const res = await fetch(`${origin}/_sandbox/openai/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(settings) });
      if (!res.ok) throw new Error(`the test server refused the settings: ${res.status} ${await res.text()}`);
    },
    close() {
      return new Promise((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
