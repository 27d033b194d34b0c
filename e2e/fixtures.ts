import { expect, type Page } from "@playwright/test";
import pg from "pg";

export const PASSWORD = "lobby-demo";
export const USERS = {
  manager: "manager@azulejo.demo",
  writer: "writer@azulejo.demo",
  outsider: "manager@otherhotels.demo",
} as const;
export const ORG = "azulejo-hotels";
export const SANDBOX = `http://127.0.0.1:${process.env.E2E_SANDBOX_PORT ?? 4110}`;

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** Runs one query against the e2e database (to find ids the browser would only reach by clicking). */
export async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/lobby_e2e" });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Waits until the workers have polled the sandbox and drafted at least `count` reviews. */
export async function waitForDraftedReviews(count: number) {
  await expect
    .poll(async () => Number((await query<{ n: string }>(`SELECT count(*) AS n FROM "Review" WHERE "replyState" = 'DRAFTED'`))[0]?.n), { timeout: 45_000 })
    .toBeGreaterThanOrEqual(count);
}

/** Reads a location's reviews through the sandbox's Google Business Profile API, as Lobby would. */
export async function googleReviews(location: string) {
  const token = await fetch(`${SANDBOX}/oauth2/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "refresh_token", client_id: "lobby-demo-client", client_secret: "lobby-demo-secret", refresh_token: "lobby-demo-refresh-token" }),
  }).then((r) => r.json() as Promise<{ access_token: string }>);
  const res = await fetch(`${SANDBOX}/v4/${location}/reviews?pageSize=50`, { headers: { authorization: `Bearer ${token.access_token}` } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { reviews?: { reviewId: string; reviewReply?: { comment: string } }[] }).reviews ?? [];
}

/** Calls the sandbox's admin API (adds locations, properties and reviews on the platforms' side). */
export async function sandboxAdmin<T = unknown>(path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${SANDBOX}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`sandbox ${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * A property of the demo organization made for one spec (specs never depend on each other's), with
 * no connection yet. removeProperty takes it away again with all it brought (connections, reviews).
 */
export async function createDemoProperty(name: string, city = "Porto"): Promise<string> {
  const [org] = await query<{ id: string }>(`SELECT id FROM "Organization" WHERE slug = $1`, [ORG]);
  const id = `e2e-${crypto.randomUUID()}`;
  await query(
    `INSERT INTO "Property" (id, "organizationId", name, city, country, "timeZone", languages, "signatoryName", "signatoryTitle")
     VALUES ($1, $2, $3, $4, 'Portugal', 'Europe/Lisbon', '{pt,en}', 'Rita Sousa', 'General Manager')`,
    [id, org!.id, name, city],
  );
  return id;
}

export async function removeProperty(id: string) {
  await query(`DELETE FROM "Property" WHERE id = $1`, [id]);
}
