import { createSandbox, type Sandbox, type SandboxOptions } from "./app";
import {
  GOOGLE_SANDBOX_CLIENT_ID,
  GOOGLE_SANDBOX_CLIENT_SECRET,
  GOOGLE_SANDBOX_REFRESH_TOKEN,
} from "./google/seed";

// Test helpers: a sandbox on an ephemeral port plus small clients for its HTTP API.

export const TEST_BASE_DATE = new Date("2025-06-01T09:00:00.000Z");

export interface RunningSandbox {
  sandbox: Sandbox;
  url: string;
  /** Issues an access token for the seeded OAuth client. */
  token(): Promise<string>;
  /** Calls the Google API with a fresh (cached) token unless `auth` is given. */
  google(path: string, init?: RequestInit & { auth?: string | null }): Promise<Response>;
  admin(path: string, body?: unknown, method?: string): Promise<Response>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const sandbox = createSandbox({ baseDate: TEST_BASE_DATE, ...options });
  const { url } = await sandbox.listen(0);
  let cached: string | null = null;

  const token = async () => {
    const res = await fetch(`${url}/oauth2/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "refresh_token",
        client_id: GOOGLE_SANDBOX_CLIENT_ID,
        client_secret: GOOGLE_SANDBOX_CLIENT_SECRET,
        refresh_token: GOOGLE_SANDBOX_REFRESH_TOKEN,
      }),
    });
    if (!res.ok) throw new Error(`token endpoint answered ${res.status}`);
    return ((await res.json()) as { access_token: string }).access_token;
  };

  return {
    sandbox,
    url,
    token,
    async google(path, init = {}) {
      const { auth, headers, ...rest } = init;
      const h = new Headers(headers);
      if (rest.body !== undefined && !h.has("content-type")) h.set("content-type", "application/json");
      if (auth !== undefined) {
        if (auth !== null) h.set("authorization", `Bearer ${auth}`);
        return fetch(`${url}${path}`, { ...rest, headers: h });
      }
      // Own token: fetch one when missing, and once more if a reset/revoke made it stale.
      for (let attempt = 0; ; attempt++) {
        cached ??= await token();
        h.set("authorization", `Bearer ${cached}`);
        const res = await fetch(`${url}${path}`, { ...rest, headers: h });
        if (res.status !== 401 || attempt > 0) return res;
        cached = null;
      }
    },
    admin(path, body, method = body === undefined ? "GET" : "POST") {
      return fetch(`${url}${path}`, {
        method,
        headers: { "content-type": "application/json" },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    },
  };
}
